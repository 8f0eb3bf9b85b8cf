// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ToolParam (spec schema Tool).
#ifndef OPENAI_TYPES_RESPONSES_TOOL_PARAM_HPP
#define OPENAI_TYPES_RESPONSES_TOOL_PARAM_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/detail/json_model.hpp>
#include <openai/types/responses/apply_patch_tool_param.hpp>
#include <openai/types/responses/computer_tool_param.hpp>
#include <openai/types/responses/computer_use_preview_tool_param.hpp>
#include <openai/types/responses/container_auto_param.hpp>
#include <openai/types/responses/container_network_policy_allowlist_param.hpp>
#include <openai/types/responses/container_network_policy_disabled_param.hpp>
#include <openai/types/responses/custom_tool_param.hpp>
#include <openai/types/responses/file_search_tool_param.hpp>
#include <openai/types/responses/function_shell_tool_param.hpp>
#include <openai/types/responses/function_tool_param.hpp>
#include <openai/types/responses/namespace_tool_param.hpp>
#include <openai/types/responses/tool_search_tool_param.hpp>
#include <openai/types/responses/web_search_preview_tool_param.hpp>
#include <openai/types/responses/web_search_tool_param.hpp>
#include <openai/unknown_json.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// Network access policy for the container.
using tool_code_interpreter_container_code_interpreter_tool_auto_network_policy_param =
    openai::container_auto_network_policy_param;

/// Configuration for a code interpreter container. Optionally specify the IDs of the files to run
/// the code on.
struct tool_code_interpreter_container_code_interpreter_tool_auto_param
{
    /// Always `auto`.
    std::string type = "auto";
    /// An optional list of uploaded files to make available to your code.
    std::vector<std::string> file_ids{};
    /// One of: 1g, 4g, 16g, 64g.
    std::optional<std::string> memory_limit{};
    /// Network access policy for the container.
    std::optional<openai::tool_code_interpreter_container_code_interpreter_tool_auto_network_policy_param>
        network_policy{};
};
BOOST_DESCRIBE_STRUCT(tool_code_interpreter_container_code_interpreter_tool_auto_param, (),
                      (type, file_ids, memory_limit, network_policy))
OPENAI_EXTERN_JSON_WRITER(tool_code_interpreter_container_code_interpreter_tool_auto_param)

/// The code interpreter container. Can be a container ID or an object that specifies uploaded file
/// IDs to make available to your code, along with an optional `memory_limit` setting.
using tool_code_interpreter_container_param =
    std::variant<std::string, openai::tool_code_interpreter_container_code_interpreter_tool_auto_param,
                 openai::unknown_json>;

namespace detail {
inline constexpr json_union_case tool_code_interpreter_container_param_cases[] = {{"auto", 1}};
template <>
inline constexpr json_union_table json_union<tool_code_interpreter_container_param>{
    .key = "type", .cases = tool_code_interpreter_container_param_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_WRITER(tool_code_interpreter_container_param)

/// A tool that runs Python code to help generate a response to a prompt.
struct tool_code_interpreter_param
{
    /// The type of the code interpreter tool. Always `code_interpreter`.
    std::string type = "code_interpreter";
    /// The code interpreter container. Can be a container ID or an object that specifies uploaded
    /// file IDs to make available to your code, along with an optional `memory_limit` setting.
    openai::tool_code_interpreter_container_param container{};
    /// The tool invocation context(s).
    std::vector<std::string> allowed_callers{};
};
BOOST_DESCRIBE_STRUCT(tool_code_interpreter_param, (), (type, container, allowed_callers))
OPENAI_EXTERN_JSON_WRITER(tool_code_interpreter_param)

/// Optional mask for inpainting. Contains `image_url` (string, optional) and `file_id` (string,
/// optional).
struct tool_image_generation_input_image_mask_param
{
    /// Base64-encoded mask image.
    std::optional<std::string> image_url{};
    /// File ID for the mask image.
    std::optional<std::string> file_id{};
};
BOOST_DESCRIBE_STRUCT(tool_image_generation_input_image_mask_param, (), (image_url, file_id))
OPENAI_EXTERN_JSON_WRITER(tool_image_generation_input_image_mask_param)

/// A tool that generates images using the GPT image models.
struct tool_image_generation_param
{
    /// The type of the image generation tool. Always `image_generation`.
    std::string type = "image_generation";
    /// One of: gpt-image-1, gpt-image-1-mini, gpt-image-1.5, gpt-image-2, gpt-image-2-2026-04-21.
    std::optional<std::string> model{};
    /// The quality of the generated image. One of `low`, `medium`, `high`, or `auto`. Default:
    /// `auto`.
    std::optional<std::string> quality{};
    /// The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary
    /// resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and
    /// height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and
    /// 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is
    /// `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits.
    /// The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image
    /// models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one
    /// of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`,
    /// `1792x1024`, or `1024x1792`.
    std::optional<std::string> size{};
    /// The output format of the generated image. One of `png`, `webp`, or `jpeg`. Default: `png`.
    std::optional<std::string> output_format{};
    /// Compression level for the output image. Default: 100.
    std::optional<std::int64_t> output_compression{};
    /// Moderation level for the generated image. Default: `auto`. One of: auto, low.
    std::optional<std::string> moderation{};
    /// Set the background of the generated image. One of `transparent`, `opaque`, or `auto`.
    /// Transparent backgrounds are available for supported GPT Image models. For `gpt-image-2` and
    /// `gpt-image-2-2026-04-21`, this support is in preview. When using `transparent`, set the
    /// output format to `png` or `webp`. Default: `auto`.
    std::optional<std::string> background{};
    /// Control how much effort the model will exert to match the style and features, especially
    /// facial features, of input images. This parameter is only supported for `gpt-image-1` and
    /// `gpt-image-1.5` and later models, unsupported for `gpt-image-1-mini`. Supports `high` and
    /// `low`. Defaults to `low`.
    std::optional<std::string> input_fidelity{};
    /// Optional mask for inpainting. Contains `image_url` (string, optional) and `file_id` (string,
    /// optional).
    std::optional<openai::tool_image_generation_input_image_mask_param> input_image_mask{};
    /// Number of partial images to generate in streaming mode, from 0 (default value) to 3.
    std::optional<std::int64_t> partial_images{};
    /// Whether to generate a new image or edit an existing image. Default: `auto`. One of:
    /// generate, edit, auto.
    std::optional<std::string> action{};
};
BOOST_DESCRIBE_STRUCT(tool_image_generation_param, (),
                      (type, model, quality, size, output_format, output_compression, moderation, background,
                       input_fidelity, input_image_mask, partial_images, action))
OPENAI_EXTERN_JSON_WRITER(tool_image_generation_param)

/// A tool that allows the model to execute shell commands in a local environment.
struct tool_local_shell_param
{
    /// The type of the local shell tool. Always `local_shell`.
    std::string type = "local_shell";
};
BOOST_DESCRIBE_STRUCT(tool_local_shell_param, (), (type))
OPENAI_EXTERN_JSON_WRITER(tool_local_shell_param)

/// A filter object to specify which tools are allowed.
struct tool_mcp_allowed_tools_mcp_tool_filter_param
{
    /// List of allowed tool names.
    std::vector<std::string> tool_names{};
    /// Indicates whether or not a tool modifies data or is read-only. If an MCP server is
    /// [annotated with
    /// `readOnlyHint`](https://modelcontextprotocol.io/specification/2025-06-18/schema#toolannotations-readonlyhint),
    /// it will match this filter.
    std::optional<bool> read_only{};
};
BOOST_DESCRIBE_STRUCT(tool_mcp_allowed_tools_mcp_tool_filter_param, (), (tool_names, read_only))
using tool_mcp_require_approval_mcp_tool_approval_filter_always_param = tool_mcp_allowed_tools_mcp_tool_filter_param;
using tool_mcp_require_approval_mcp_tool_approval_filter_never_param = tool_mcp_allowed_tools_mcp_tool_filter_param;
OPENAI_EXTERN_JSON_WRITER(tool_mcp_allowed_tools_mcp_tool_filter_param)

/// Specify which of the MCP server's tools require approval. Can be `always`, `never`, or a filter
/// object associated with tools that require approval.
struct tool_mcp_require_approval_mcp_tool_approval_filter_param
{
    /// A filter object to specify which tools are allowed.
    std::optional<openai::tool_mcp_allowed_tools_mcp_tool_filter_param> always{};
    /// A filter object to specify which tools are allowed.
    std::optional<openai::tool_mcp_allowed_tools_mcp_tool_filter_param> never{};
};
BOOST_DESCRIBE_STRUCT(tool_mcp_require_approval_mcp_tool_approval_filter_param, (), (always, never))
OPENAI_EXTERN_JSON_WRITER(tool_mcp_require_approval_mcp_tool_approval_filter_param)

/// Give the model access to additional tools via remote Model Context Protocol (MCP) servers.
/// [Learn more about MCP](/docs/guides/tools-remote-mcp).
struct tool_mcp_param
{
    /// The type of the MCP tool. Always `mcp`.
    std::string type = "mcp";
    /// A label for this MCP server, used to identify it in tool calls.
    std::string server_label{};
    /// The URL for the MCP server. One of `server_url`, `connector_id`, or `tunnel_id` must be
    /// provided.
    std::optional<std::string> server_url{};
    /// Identifier for service connectors, like those available in ChatGPT. One of `server_url`,
    /// `connector_id`, or `tunnel_id` must be provided. Learn more about service connectors
    /// [here](/docs/guides/tools-remote-mcp#connectors). One of: connector_dropbox,
    /// connector_gmail, connector_googlecalendar, connector_googledrive, connector_microsoftteams,
    /// connector_outlookcalendar, connector_outlookemail, connector_sharepoint.
    std::optional<std::string> connector_id{};
    /// The Secure MCP Tunnel ID to use instead of a direct server URL. One of `server_url`,
    /// `connector_id`, or `tunnel_id` must be provided.
    std::optional<std::string> tunnel_id{};
    /// An OAuth access token that can be used with a remote MCP server, either with a custom MCP
    /// server URL or a service connector. Your application must handle the OAuth authorization flow
    /// and provide the token here.
    std::optional<std::string> authorization{};
    /// Optional description of the MCP server, used to provide more context.
    std::optional<std::string> server_description{};
    /// Optional HTTP headers to send to the MCP server. Use for authentication or other purposes.
    std::map<std::string, std::string> headers{};
    /// List of allowed tool names or a filter object.
    std::optional<std::variant<std::vector<std::string>, openai::tool_mcp_allowed_tools_mcp_tool_filter_param>>
        allowed_tools{};
    /// The tool invocation context(s).
    std::vector<std::string> allowed_callers{};
    /// Specify which of the MCP server's tools require approval.
    std::optional<std::variant<openai::tool_mcp_require_approval_mcp_tool_approval_filter_param, std::string>>
        require_approval{};
    /// Whether this MCP tool is deferred and discovered via tool search.
    std::optional<bool> defer_loading{};
};
BOOST_DESCRIBE_STRUCT(tool_mcp_param, (),
                      (type, server_label, server_url, connector_id, tunnel_id, authorization, server_description,
                       headers, allowed_tools, allowed_callers, require_approval, defer_loading))
OPENAI_EXTERN_JSON_WRITER(tool_mcp_param)

/// The tool_programmatic_tool_calling_param object.
struct tool_programmatic_tool_calling_param
{
    /// The type of the tool. Always `programmatic_tool_calling`.
    std::string type = "programmatic_tool_calling";
};
BOOST_DESCRIBE_STRUCT(tool_programmatic_tool_calling_param, (), (type))
OPENAI_EXTERN_JSON_WRITER(tool_programmatic_tool_calling_param)

/// A tool that can be used to generate a response.
using tool_param =
    std::variant<openai::function_tool_param, openai::file_search_tool_param, openai::computer_tool_param,
                 openai::computer_use_preview_tool_param, openai::web_search_tool_param, openai::tool_mcp_param,
                 openai::tool_code_interpreter_param, openai::tool_programmatic_tool_calling_param,
                 openai::tool_image_generation_param, openai::tool_local_shell_param, openai::function_shell_tool_param,
                 openai::custom_tool_param, openai::namespace_tool_param, openai::tool_search_tool_param,
                 openai::web_search_preview_tool_param, openai::apply_patch_tool_param, openai::unknown_json>;

namespace detail {
inline constexpr json_union_case tool_param_cases[] = {{"function", 0},
                                                       {"file_search", 1},
                                                       {"computer", 2},
                                                       {"computer_use_preview", 3},
                                                       {"web_search", 4},
                                                       {"web_search_2025_08_26", 4},
                                                       {"mcp", 5},
                                                       {"code_interpreter", 6},
                                                       {"programmatic_tool_calling", 7},
                                                       {"image_generation", 8},
                                                       {"local_shell", 9},
                                                       {"shell", 10},
                                                       {"custom", 11},
                                                       {"namespace", 12},
                                                       {"tool_search", 13},
                                                       {"web_search_preview", 14},
                                                       {"web_search_preview_2025_03_11", 14},
                                                       {"apply_patch", 15}};
template <>
inline constexpr json_union_table json_union<tool_param>{.key = "type", .cases = tool_param_cases};
}  // namespace detail
OPENAI_EXTERN_JSON_WRITER(tool_param)

OPENAI_END_NAMESPACE

#endif
