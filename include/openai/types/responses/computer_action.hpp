// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ComputerAction (spec schema ComputerAction).
#ifndef OPENAI_TYPES_RESPONSES_COMPUTER_ACTION_HPP
#define OPENAI_TYPES_RESPONSES_COMPUTER_ACTION_HPP

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
struct computer_action_click
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
BOOST_DESCRIBE_STRUCT(computer_action_click, (), (type, button, x, y, keys))
using response_computer_tool_call_action_click = computer_action_click;
OPENAI_EXTERN_JSON_READER(computer_action_click)

/// A double click action.
struct computer_action_double_click
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
BOOST_DESCRIBE_STRUCT(computer_action_double_click, (), (type, x, y, keys))
using response_computer_tool_call_action_double_click = computer_action_double_click;
OPENAI_EXTERN_JSON_READER(computer_action_double_click)

/// An x/y coordinate pair, e.g. `{ x: 100, y: 200 }`.
struct computer_action_drag_path
{
    /// The x-coordinate.
    std::int64_t x{};
    /// The y-coordinate.
    std::int64_t y{};
};
BOOST_DESCRIBE_STRUCT(computer_action_drag_path, (), (x, y))
using response_computer_tool_call_action_drag_path = computer_action_drag_path;
OPENAI_EXTERN_JSON_READER(computer_action_drag_path)

/// A drag action.
struct computer_action_drag
{
    /// Specifies the event type. For a drag action, this property is always set to `drag`.
    std::string type = "drag";
    /// An array of coordinates representing the path of the drag action. Coordinates will appear as
    /// an array of objects, eg ``` [ { x: 100, y: 200 }, { x: 200, y: 300 } ] ```
    std::vector<openai::computer_action_drag_path> path{};
    /// The keys being held while dragging the mouse.
    std::vector<std::string> keys{};
};
BOOST_DESCRIBE_STRUCT(computer_action_drag, (), (type, path, keys))
using response_computer_tool_call_action_drag = computer_action_drag;
OPENAI_EXTERN_JSON_READER(computer_action_drag)

/// A collection of keypresses the model would like to perform.
struct computer_action_keypress
{
    /// Specifies the event type. For a keypress action, this property is always set to `keypress`.
    std::string type = "keypress";
    /// The combination of keys the model is requesting to be pressed. This is an array of strings,
    /// each representing a key.
    std::vector<std::string> keys{};
};
BOOST_DESCRIBE_STRUCT(computer_action_keypress, (), (type, keys))
using response_computer_tool_call_action_keypress = computer_action_keypress;
OPENAI_EXTERN_JSON_READER(computer_action_keypress)

/// A mouse move action.
struct computer_action_move
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
BOOST_DESCRIBE_STRUCT(computer_action_move, (), (type, x, y, keys))
using response_computer_tool_call_action_move = computer_action_move;
OPENAI_EXTERN_JSON_READER(computer_action_move)

/// A screenshot action.
struct computer_action_screenshot
{
    /// Specifies the event type. For a screenshot action, this property is always set to
    /// `screenshot`.
    std::string type = "screenshot";
};
BOOST_DESCRIBE_STRUCT(computer_action_screenshot, (), (type))
using response_computer_tool_call_action_screenshot = computer_action_screenshot;
OPENAI_EXTERN_JSON_READER(computer_action_screenshot)

/// A scroll action.
struct computer_action_scroll
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
BOOST_DESCRIBE_STRUCT(computer_action_scroll, (), (type, x, y, scroll_x, scroll_y, keys))
using response_computer_tool_call_action_scroll = computer_action_scroll;
OPENAI_EXTERN_JSON_READER(computer_action_scroll)

/// An action to type in text.
struct computer_action_type
{
    /// Specifies the event type. For a type action, this property is always set to `type`.
    std::string type = "type";
    /// The text to type.
    std::string text{};
};
BOOST_DESCRIBE_STRUCT(computer_action_type, (), (type, text))
using response_computer_tool_call_action_type = computer_action_type;
OPENAI_EXTERN_JSON_READER(computer_action_type)

/// A wait action.
struct computer_action_wait
{
    /// Specifies the event type. For a wait action, this property is always set to `wait`.
    std::string type = "wait";
};
BOOST_DESCRIBE_STRUCT(computer_action_wait, (), (type))
using response_computer_tool_call_action_wait = computer_action_wait;
OPENAI_EXTERN_JSON_READER(computer_action_wait)

/// One of several objects, told apart by `type`.
using computer_action =
    std::variant<openai::computer_action_click, openai::computer_action_double_click, openai::computer_action_drag,
                 openai::computer_action_keypress, openai::computer_action_move, openai::computer_action_screenshot,
                 openai::computer_action_scroll, openai::computer_action_type, openai::computer_action_wait,
                 openai::unknown_json>;
using response_computer_tool_call_action = computer_action;

namespace detail {
inline constexpr json_union_case computer_action_cases[] = {{"click", 0},    {"double_click", 1}, {"drag", 2},
                                                            {"keypress", 3}, {"move", 4},         {"screenshot", 5},
                                                            {"scroll", 6},   {"type", 7},         {"wait", 8}};
template <>
inline constexpr json_union_table json_union<computer_action>{.key = "type", .cases = computer_action_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_READER(computer_action)

OPENAI_END_NAMESPACE

#endif
