// Every described struct of the public API describes all of its data members: a member left out
// of its BOOST_DESCRIBE_STRUCT would be neither read nor written, silently. Boost.PFR counts the
// data members of an aggregate; the description must account for each of them but the two that
// are not JSON (`request_options options` of requests, `raw_response raw_response` of results).
// Checked here, so that users' builds pay nothing for it. A header under include/openai that
// describes a type missing from the list below (or, for the generated types, from the list
// codegen/generate.py writes) fails the last test case.
#include <openai/openai.hpp>
#include <openai/types/conversations/item_list_params.hpp>
#include <openai/types/conversations/item_retrieve_params.hpp>
#include <openai/types/responses/input_item_list_params.hpp>
#include <openai/types/responses/response_retrieve_params.hpp>

#include "unit/generated_described_types.hpp"

#include <boost/describe/bases.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>
#include <boost/pfr/core.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

// Every described struct of include/openai: X(name in its header, a type to check).
#define OPENAI_DESCRIBED_TYPES(X)                                                                                      \
    X(response_retrieve_params, openai::response_retrieve_params)                                                      \
    X(item_retrieve_params, openai::item_retrieve_params)                                                              \
    X(item_list_params, openai::item_list_params)                                                                      \
    X(input_item_list_params, openai::input_item_list_params)                                                          \
    X(chat_completion, openai::chat_completion)                                                                        \
    X(chat_completion_allowed_tool_choice_param, openai::chat_completion_allowed_tool_choice_param)                    \
    X(chat_completion_allowed_tools_param, openai::chat_completion_allowed_tools_param)                                \
    X(chat_completion_assistant_message_param, openai::chat_completion_assistant_message_param)                        \
    X(chat_completion_assistant_message_param_audio, openai::chat_completion_assistant_message_param_audio)            \
    X(chat_completion_audio, openai::chat_completion_audio)                                                            \
    X(chat_completion_audio_param, openai::chat_completion_audio_param)                                                \
    X(chat_completion_choice, openai::chat_completion_choice)                                                          \
    X(chat_completion_choice_logprobs, openai::chat_completion_choice_logprobs)                                        \
    X(chat_completion_chunk, openai::chat_completion_chunk)                                                            \
    X(chat_completion_chunk_choice, openai::chat_completion_chunk_choice)                                              \
    X(chat_completion_chunk_choice_delta, openai::chat_completion_chunk_choice_delta)                                  \
    X(chat_completion_chunk_choice_delta_function_call, openai::chat_completion_chunk_choice_delta_function_call)      \
    X(chat_completion_chunk_choice_delta_tool_call, openai::chat_completion_chunk_choice_delta_tool_call)              \
    X(chat_completion_chunk_choice_delta_tool_call_function,                                                           \
      openai::chat_completion_chunk_choice_delta_tool_call_function)                                                   \
    X(chat_completion_content_part_file, openai::chat_completion_content_part_file)                                    \
    X(chat_completion_content_part_file_param, openai::chat_completion_content_part_file_param)                        \
    X(chat_completion_content_part_image_param, openai::chat_completion_content_part_image_param)                      \
    X(chat_completion_content_part_image_url, openai::chat_completion_content_part_image_url)                          \
    X(chat_completion_content_part_input_audio, openai::chat_completion_content_part_input_audio)                      \
    X(chat_completion_content_part_input_audio_param, openai::chat_completion_content_part_input_audio_param)          \
    X(chat_completion_content_part_refusal_param, openai::chat_completion_content_part_refusal_param)                  \
    X(chat_completion_content_part_text_param, openai::chat_completion_content_part_text_param)                        \
    X(chat_completion_create_params, openai::chat_completion_create_params)                                            \
    X(chat_completion_custom_tool_param, openai::chat_completion_custom_tool_param)                                    \
    X(chat_completion_custom_tool_param_custom, openai::chat_completion_custom_tool_param_custom)                      \
    X(chat_completion_custom_tool_param_format, openai::chat_completion_custom_tool_param_format)                      \
    X(chat_completion_custom_tool_param_grammar, openai::chat_completion_custom_tool_param_grammar)                    \
    X(chat_completion_developer_message_param, openai::chat_completion_developer_message_param)                        \
    X(chat_completion_function_call_option_param, openai::chat_completion_function_call_option_param)                  \
    X(chat_completion_function_message_param, openai::chat_completion_function_message_param)                          \
    X(chat_completion_message, openai::chat_completion_message)                                                        \
    X(chat_completion_message_annotation, openai::chat_completion_message_annotation)                                  \
    X(chat_completion_message_annotation_url_citation, openai::chat_completion_message_annotation_url_citation)        \
    X(chat_completion_message_custom_tool_call_custom, openai::chat_completion_message_custom_tool_call_custom)        \
    X(chat_completion_message_function_call, openai::chat_completion_message_function_call)                            \
    X(chat_completion_message_tool_call, openai::chat_completion_message_tool_call)                                    \
    X(chat_completion_message_tool_call_function, openai::chat_completion_message_tool_call_function)                  \
    X(chat_completion_named_tool_choice_custom_param, openai::chat_completion_named_tool_choice_custom_param)          \
    X(chat_completion_named_tool_choice_custom_param_custom,                                                           \
      openai::chat_completion_named_tool_choice_custom_param_custom)                                                   \
    X(chat_completion_named_tool_choice_param, openai::chat_completion_named_tool_choice_param)                        \
    X(chat_completion_named_tool_choice_param_function, openai::chat_completion_named_tool_choice_param_function)      \
    X(chat_completion_prediction_content_param, openai::chat_completion_prediction_content_param)                      \
    X(chat_completion_stream_options_param, openai::chat_completion_stream_options_param)                              \
    X(chat_completion_system_message_param, openai::chat_completion_system_message_param)                              \
    X(chat_completion_token_logprob, openai::chat_completion_token_logprob)                                            \
    X(chat_completion_token_logprob_top_logprob, openai::chat_completion_token_logprob_top_logprob)                    \
    X(chat_completion_tool_message_param, openai::chat_completion_tool_message_param)                                  \
    X(chat_completion_tool_param, openai::chat_completion_tool_param)                                                  \
    X(chat_completion_user_message_param, openai::chat_completion_user_message_param)                                  \
    X(chat_completion_web_search_options, openai::chat_completion_web_search_options)                                  \
    X(chat_completion_web_search_user_location, openai::chat_completion_web_search_user_location)                      \
    X(chat_completion_web_search_user_location_approximate,                                                            \
      openai::chat_completion_web_search_user_location_approximate)                                                    \
    X(completion, openai::completion)                                                                                  \
    X(completion_choice, openai::completion_choice)                                                                    \
    X(completion_choice_logprobs, openai::completion_choice_logprobs)                                                  \
    X(completion_create_params, openai::completion_create_params)                                                      \
    X(completion_tokens_details, openai::completion_tokens_details)                                                    \
    X(completion_usage, openai::completion_usage)                                                                      \
    X(create_embedding_response, openai::create_embedding_response)                                                    \
    X(create_embedding_response_usage, openai::create_embedding_response_usage)                                        \
    X(embedding_create_params, openai::embedding_create_params)                                                        \
    X(embedding_object, openai::embedding_object)                                                                      \
    X(function_definition, openai::function_definition)                                                                \
    X(image, openai::image)                                                                                            \
    X(image_generate_params, openai::image_generate_params)                                                            \
    X(images_response, openai::images_response)                                                                        \
    X(images_response_usage, openai::images_response_usage)                                                            \
    X(images_response_usage_input_tokens_details, openai::images_response_usage_input_tokens_details)                  \
    X(images_response_usage_output_tokens_details, openai::images_response_usage_output_tokens_details)                \
    X(model, openai::model)                                                                                            \
    X(model_deleted, openai::model_deleted)                                                                            \
    X(prompt_tokens_details, openai::prompt_tokens_details)                                                            \
    X(response_format_json_object, openai::response_format_json_object)                                                \
    X(response_format_json_schema, openai::response_format_json_schema)                                                \
    X(response_format_json_schema_json_schema, openai::response_format_json_schema_json_schema)                        \
    X(response_format_text, openai::response_format_text)

namespace {

// The data members that are not JSON, and so not described.
template <class F>
constexpr bool not_json = std::is_same_v<F, openai::request_options> || std::is_same_v<F, openai::raw_response>;

struct member_count
{
    std::size_t fields = 0;     // data members, as Boost.PFR counts them
    std::size_t described = 0;  // in the type's description (any access)
    std::size_t not_json = 0;   // of type request_options or raw_response
    std::size_t named = 0;      // of those, the ones named `options` and `raw_response`
    bool distinct = true;       // no member described twice

    bool complete() const { return distinct && not_json == named && fields == described + not_json; }
};

template <class T>
constexpr member_count count_members()
{
    // Boost.PFR reads aggregates without base classes; the SDK's described structs are all such.
    static_assert(std::is_aggregate_v<T>, "a described struct of the API is an aggregate");
    static_assert(boost::mp11::mp_empty<boost::describe::describe_bases<T, boost::describe::mod_any_access>>::value,
                  "a described struct of the API has no base class");
    using members = boost::describe::describe_members<T, boost::describe::mod_any_access>;
    member_count c;
    c.fields = boost::pfr::tuple_size_v<T>;
    c.described = boost::mp11::mp_size<members>::value;
    [&]<std::size_t... I>(std::index_sequence<I...>)
    {
        c.not_json = (std::size_t{0} + ... + (not_json<boost::pfr::tuple_element_t<I, T>> ? 1 : 0));
    }
    (std::make_index_sequence<boost::pfr::tuple_size_v<T>>());
    if constexpr (requires { &T::options; })
        c.named += std::is_same_v<decltype(&T::options), openai::request_options T::*> ? 1 : 0;
    if constexpr (requires { &T::raw_response; })
        c.named += std::is_same_v<decltype(&T::raw_response), openai::raw_response T::*> ? 1 : 0;
    boost::mp11::mp_for_each<members>([&](auto a) {
        boost::mp11::mp_for_each<members>([&](auto b) {
            if (std::string_view(a.name) == b.name && !std::is_same_v<decltype(a), decltype(b)>)
                c.distinct = false;
        });
    });
    return c;
}

// A member is left out of the description of this type (the check must see it).
struct half_described
{
    std::string id{};
    std::int64_t created = 0;
    std::string left_out{};
    openai::raw_response raw_response{};
};
BOOST_DESCRIBE_STRUCT(half_described, (), (id, created))

// The names of the types a header under include/openai describes.
std::set<std::string> described_in_headers()
{
    std::set<std::string> names;
    const std::regex describe(R"(BOOST_DESCRIBE_(STRUCT|CLASS)\(\s*([A-Za-z_][A-Za-z_0-9]*))");
    for (const auto& entry : std::filesystem::recursive_directory_iterator(OPENAI_TESTS_DIR "/../include/openai"))
    {
        if (!entry.is_regular_file())
            continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        const std::string text = ss.str();
        for (std::sregex_iterator it(text.begin(), text.end(), describe), end; it != end; ++it)
            names.insert((*it)[2].str());
    }
    return names;
}

}  // namespace

TEST_CASE("every described struct of the API describes every data member but options and raw_response")
{
    std::size_t checked = 0;
#define OPENAI_CHECK_DESCRIBED(name, type)                                                                             \
    {                                                                                                                  \
        constexpr member_count c = count_members<type>();                                                              \
        CHECK_MESSAGE(c.complete(), #type << ": " << c.fields << " data members, " << c.described << " described, "    \
                                          << c.not_json << " not JSON (" << c.named                                    \
                                          << " named options or raw_response)"                                         \
                                          << std::string(c.distinct ? "" : ", one described twice"));                  \
        ++checked;                                                                                                     \
    }
    OPENAI_DESCRIBED_TYPES(OPENAI_CHECK_DESCRIBED)
    // The generated structs are not counted here: codegen/generate.py writes a struct's members
    // and its description from one list, and counting 400 of them costs every build 30 s and
    // 2 GB. A few stand for them, so that the generator's output is seen to fit the rule.
    OPENAI_CHECK_DESCRIBED(response, openai::response)
    OPENAI_CHECK_DESCRIBED(response_create_params, openai::response_create_params)
    OPENAI_CHECK_DESCRIBED(function_tool_param, openai::function_tool_param)
    OPENAI_CHECK_DESCRIBED(conversation, openai::conversation)
#undef OPENAI_CHECK_DESCRIBED
    CHECK(checked > 0);
}

TEST_CASE("the check sees a member left out of a description")
{
    constexpr member_count c = count_members<half_described>();
    CHECK(c.fields == 4);
    CHECK(c.described == 2);
    CHECK(c.not_json == 1);
    CHECK(c.named == 1);
    CHECK_FALSE(c.complete());
}

TEST_CASE("the list above names every type a header under include/openai describes")
{
    std::set<std::string> listed;
#define OPENAI_LIST_DESCRIBED(name, type) listed.insert(#name);
    OPENAI_DESCRIBED_TYPES(OPENAI_LIST_DESCRIBED)
    OPENAI_GENERATED_DESCRIBED_TYPES(OPENAI_LIST_DESCRIBED)
#undef OPENAI_LIST_DESCRIBED
    listed.insert("page");  // not an aggregate: checked below
    const std::set<std::string> found = described_in_headers();
    REQUIRE(found.count("chat_completion") == 1);  // the headers were found
    for (const auto& name : found)
        CHECK_MESSAGE(listed.count(name) == 1,
                      name << " is described in a header but missing from OPENAI_DESCRIBED_TYPES");
    for (const auto& name : listed)
        CHECK_MESSAGE(found.count(name) == 1, name << " is listed but no header describes it");
}

// openai::page is a class with a private member (the link to its next page), which Boost.PFR
// cannot count: its public data members are the five it describes and raw_response.
namespace {
struct page_mirror
{
    std::string object;
    std::vector<openai::model> data;
    std::optional<bool> has_more;
    std::optional<std::string> first_id;
    std::optional<std::string> last_id;
    openai::raw_response raw_response;
    std::shared_ptr<const openai::detail::page_link> link;
};
}  // namespace

TEST_CASE("openai::page describes every data member but raw_response and its link")
{
    using members = boost::describe::describe_members<openai::page<openai::model>, boost::describe::mod_public>;
    CHECK(boost::mp11::mp_size<members>::value == 5);
    // A data member added to page, described or not, changes its size.
    CHECK(sizeof(openai::page<openai::model>) == sizeof(page_mirror));
}
