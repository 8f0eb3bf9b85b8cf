// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ComputerActionParam (spec schema ComputerAction).
#ifndef OPENAI_TYPES_RESPONSES_COMPUTER_ACTION_PARAM_HPP
#define OPENAI_TYPES_RESPONSES_COMPUTER_ACTION_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/unknown_json.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// A click action.
struct computer_action_click_param
{
    /// Specifies the event type. For a click action, this property is always `click`.
    std::string type = "click";
    /// Indicates which mouse button was pressed during the click. One of `left`, `right`, `wheel`,
    /// `back`, or `forward`.
    std::string button{};
    /// The x-coordinate where the click occurred.
    std::int64_t x{};
    /// The y-coordinate where the click occurred.
    std::int64_t y{};
    /// The keys being held while clicking.
    std::vector<std::string> keys{};
};
BOOST_DESCRIBE_STRUCT(computer_action_click_param, (), (type, button, x, y, keys))
using computer_action_list_click_param = computer_action_click_param;
using response_computer_tool_call_action_click_param = computer_action_click_param;
OPENAI_EXTERN_JSON_WRITER(computer_action_click_param)

/// A double click action.
struct computer_action_double_click_param
{
    /// Specifies the event type. For a double click action, this property is always set to
    /// `double_click`.
    std::string type = "double_click";
    /// The x-coordinate where the double click occurred.
    std::int64_t x{};
    /// The y-coordinate where the double click occurred.
    std::int64_t y{};
    /// The keys being held while double-clicking.
    std::vector<std::string> keys{};
};
BOOST_DESCRIBE_STRUCT(computer_action_double_click_param, (), (type, x, y, keys))
using computer_action_list_double_click_param = computer_action_double_click_param;
using response_computer_tool_call_action_double_click_param = computer_action_double_click_param;
OPENAI_EXTERN_JSON_WRITER(computer_action_double_click_param)

/// An x/y coordinate pair, e.g. `{ x: 100, y: 200 }`.
struct computer_action_drag_path_param
{
    /// The x-coordinate.
    std::int64_t x{};
    /// The y-coordinate.
    std::int64_t y{};
};
BOOST_DESCRIBE_STRUCT(computer_action_drag_path_param, (), (x, y))
using computer_action_list_drag_path_param = computer_action_drag_path_param;
using response_computer_tool_call_action_drag_path_param = computer_action_drag_path_param;
OPENAI_EXTERN_JSON_WRITER(computer_action_drag_path_param)

/// A drag action.
struct computer_action_drag_param
{
    /// Specifies the event type. For a drag action, this property is always set to `drag`.
    std::string type = "drag";
    /// An array of coordinates representing the path of the drag action. Coordinates will appear as
    /// an array of objects, eg ``` [ { x: 100, y: 200 }, { x: 200, y: 300 } ] ```
    std::vector<openai::computer_action_drag_path_param> path{};
    /// The keys being held while dragging the mouse.
    std::vector<std::string> keys{};
};
BOOST_DESCRIBE_STRUCT(computer_action_drag_param, (), (type, path, keys))
using computer_action_list_drag_param = computer_action_drag_param;
using response_computer_tool_call_action_drag_param = computer_action_drag_param;
OPENAI_EXTERN_JSON_WRITER(computer_action_drag_param)

/// A collection of keypresses the model would like to perform.
struct computer_action_keypress_param
{
    /// Specifies the event type. For a keypress action, this property is always set to `keypress`.
    std::string type = "keypress";
    /// The combination of keys the model is requesting to be pressed. This is an array of strings,
    /// each representing a key.
    std::vector<std::string> keys{};
};
BOOST_DESCRIBE_STRUCT(computer_action_keypress_param, (), (type, keys))
using computer_action_list_keypress_param = computer_action_keypress_param;
using response_computer_tool_call_action_keypress_param = computer_action_keypress_param;
OPENAI_EXTERN_JSON_WRITER(computer_action_keypress_param)

/// A mouse move action.
struct computer_action_move_param
{
    /// Specifies the event type. For a move action, this property is always set to `move`.
    std::string type = "move";
    /// The x-coordinate to move to.
    std::int64_t x{};
    /// The y-coordinate to move to.
    std::int64_t y{};
    /// The keys being held while moving the mouse.
    std::vector<std::string> keys{};
};
BOOST_DESCRIBE_STRUCT(computer_action_move_param, (), (type, x, y, keys))
using computer_action_list_move_param = computer_action_move_param;
using response_computer_tool_call_action_move_param = computer_action_move_param;
OPENAI_EXTERN_JSON_WRITER(computer_action_move_param)

/// A screenshot action.
struct computer_action_screenshot_param
{
    /// Specifies the event type. For a screenshot action, this property is always set to
    /// `screenshot`.
    std::string type = "screenshot";
};
BOOST_DESCRIBE_STRUCT(computer_action_screenshot_param, (), (type))
using computer_action_list_screenshot_param = computer_action_screenshot_param;
using response_computer_tool_call_action_screenshot_param = computer_action_screenshot_param;
OPENAI_EXTERN_JSON_WRITER(computer_action_screenshot_param)

/// A scroll action.
struct computer_action_scroll_param
{
    /// Specifies the event type. For a scroll action, this property is always set to `scroll`.
    std::string type = "scroll";
    /// The x-coordinate where the scroll occurred.
    std::int64_t x{};
    /// The y-coordinate where the scroll occurred.
    std::int64_t y{};
    /// The horizontal scroll distance.
    std::int64_t scroll_x{};
    /// The vertical scroll distance.
    std::int64_t scroll_y{};
    /// The keys being held while scrolling.
    std::vector<std::string> keys{};
};
BOOST_DESCRIBE_STRUCT(computer_action_scroll_param, (), (type, x, y, scroll_x, scroll_y, keys))
using computer_action_list_scroll_param = computer_action_scroll_param;
using response_computer_tool_call_action_scroll_param = computer_action_scroll_param;
OPENAI_EXTERN_JSON_WRITER(computer_action_scroll_param)

/// An action to type in text.
struct computer_action_type_param
{
    /// Specifies the event type. For a type action, this property is always set to `type`.
    std::string type = "type";
    /// The text to type.
    std::string text{};
};
BOOST_DESCRIBE_STRUCT(computer_action_type_param, (), (type, text))
using computer_action_list_type_param = computer_action_type_param;
using response_computer_tool_call_action_type_param = computer_action_type_param;
OPENAI_EXTERN_JSON_WRITER(computer_action_type_param)

/// A wait action.
struct computer_action_wait_param
{
    /// Specifies the event type. For a wait action, this property is always set to `wait`.
    std::string type = "wait";
};
BOOST_DESCRIBE_STRUCT(computer_action_wait_param, (), (type))
using computer_action_list_wait_param = computer_action_wait_param;
using response_computer_tool_call_action_wait_param = computer_action_wait_param;
OPENAI_EXTERN_JSON_WRITER(computer_action_wait_param)

/// One of several objects, told apart by `type`.
using computer_action_param =
    std::variant<openai::computer_action_click_param, openai::computer_action_double_click_param,
                 openai::computer_action_drag_param, openai::computer_action_keypress_param,
                 openai::computer_action_move_param, openai::computer_action_screenshot_param,
                 openai::computer_action_scroll_param, openai::computer_action_type_param,
                 openai::computer_action_wait_param, openai::unknown_json>;
using computer_action_list_computer_action_param = computer_action_param;
using response_computer_tool_call_action_param = computer_action_param;

namespace detail {
inline constexpr json_union_case computer_action_param_cases[] = {
    {"click", 0},      {"double_click", 1}, {"drag", 2}, {"keypress", 3}, {"move", 4},
    {"screenshot", 5}, {"scroll", 6},       {"type", 7}, {"wait", 8}};
template <>
inline constexpr json_union_table json_union<computer_action_param>{.key = "type",
                                                                    .cases = computer_action_param_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_WRITER(computer_action_param)

OPENAI_END_NAMESPACE

#endif
