// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseOutputTextParam (spec schema OutputTextContent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_OUTPUT_TEXT_PARAM_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_OUTPUT_TEXT_PARAM_HPP

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

/// A citation for a container file used to generate a model response.
struct response_output_text_annotation_container_file_citation_param
{
    /// The type of the container file citation. Always `container_file_citation`.
    std::string type = "container_file_citation";
    /// The ID of the container file.
    std::string container_id{};
    /// The ID of the file.
    std::string file_id{};
    /// The index of the first character of the container file citation in the message.
    std::int64_t start_index{};
    /// The index of the last character of the container file citation in the message.
    std::int64_t end_index{};
    /// The filename of the container file cited.
    std::string filename{};
};
BOOST_DESCRIBE_STRUCT(response_output_text_annotation_container_file_citation_param, (),
                      (type, container_id, file_id, start_index, end_index, filename))
OPENAI_EXTERN_JSON_WRITER(response_output_text_annotation_container_file_citation_param)

/// A citation to a file.
struct response_output_text_annotation_file_citation_param
{
    /// The type of the file citation. Always `file_citation`.
    std::string type = "file_citation";
    /// The ID of the file.
    std::string file_id{};
    /// The index of the file in the list of files.
    std::int64_t index{};
    /// The filename of the file cited.
    std::string filename{};
};
BOOST_DESCRIBE_STRUCT(response_output_text_annotation_file_citation_param, (), (type, file_id, index, filename))
OPENAI_EXTERN_JSON_WRITER(response_output_text_annotation_file_citation_param)

/// A path to a file.
struct response_output_text_annotation_file_path_param
{
    /// The type of the file path. Always `file_path`.
    std::string type = "file_path";
    /// The ID of the file.
    std::string file_id{};
    /// The index of the file in the list of files.
    std::int64_t index{};
};
BOOST_DESCRIBE_STRUCT(response_output_text_annotation_file_path_param, (), (type, file_id, index))
OPENAI_EXTERN_JSON_WRITER(response_output_text_annotation_file_path_param)

/// A citation for a web resource used to generate a model response.
struct response_output_text_annotation_url_citation_param
{
    /// The type of the URL citation. Always `url_citation`.
    std::string type = "url_citation";
    /// The URL of the web resource.
    std::string url{};
    /// The index of the first character of the URL citation in the message.
    std::int64_t start_index{};
    /// The index of the last character of the URL citation in the message.
    std::int64_t end_index{};
    /// The title of the web resource.
    std::string title{};
};
BOOST_DESCRIBE_STRUCT(response_output_text_annotation_url_citation_param, (),
                      (type, url, start_index, end_index, title))
OPENAI_EXTERN_JSON_WRITER(response_output_text_annotation_url_citation_param)

/// An annotation that applies to a span of output text.
using response_output_text_annotation_param =
    std::variant<openai::response_output_text_annotation_file_citation_param,
                 openai::response_output_text_annotation_url_citation_param,
                 openai::response_output_text_annotation_container_file_citation_param,
                 openai::response_output_text_annotation_file_path_param, openai::unknown_json>;

namespace detail {
inline constexpr json_union_case response_output_text_annotation_param_cases[] = {
    {"file_citation", 0}, {"url_citation", 1}, {"container_file_citation", 2}, {"file_path", 3}};
template <>
inline constexpr json_union_table json_union<response_output_text_annotation_param>{
    .key = "type", .cases = response_output_text_annotation_param_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_WRITER(response_output_text_annotation_param)

/// The top log probability of a token.
struct response_output_text_logprob_top_logprob_param
{
    /// The `token` member.
    std::string token{};
    /// The `logprob` member.
    double logprob{};
    /// The `bytes` member.
    std::vector<std::int64_t> bytes{};
};
BOOST_DESCRIBE_STRUCT(response_output_text_logprob_top_logprob_param, (), (token, logprob, bytes))
OPENAI_EXTERN_JSON_WRITER(response_output_text_logprob_top_logprob_param)

/// The log probability of a token.
struct response_output_text_logprob_param
{
    /// The `token` member.
    std::string token{};
    /// The `logprob` member.
    double logprob{};
    /// The `bytes` member.
    std::vector<std::int64_t> bytes{};
    /// The `top_logprobs` member.
    std::vector<openai::response_output_text_logprob_top_logprob_param> top_logprobs{};
};
BOOST_DESCRIBE_STRUCT(response_output_text_logprob_param, (), (token, logprob, bytes, top_logprobs))
OPENAI_EXTERN_JSON_WRITER(response_output_text_logprob_param)

/// A text output from the model.
struct response_output_text_param
{
    /// The type of the output text. Always `output_text`.
    std::string type = "output_text";
    /// The text output from the model.
    std::string text{};
    /// The annotations of the text output.
    std::vector<openai::response_output_text_annotation_param> annotations{};
    /// The `logprobs` member.
    std::vector<openai::response_output_text_logprob_param> logprobs{};
};
BOOST_DESCRIBE_STRUCT(response_output_text_param, (), (type, text, annotations, logprobs))
OPENAI_EXTERN_JSON_WRITER(response_output_text_param)

OPENAI_END_NAMESPACE

#endif
