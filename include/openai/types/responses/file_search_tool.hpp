// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.FileSearchTool (spec schema FileSearchTool).
#ifndef OPENAI_TYPES_RESPONSES_FILE_SEARCH_TOOL_HPP
#define OPENAI_TYPES_RESPONSES_FILE_SEARCH_TOOL_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/types/shared/comparison_filter.hpp>
#include <openai/types/shared/compound_filter.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

OPENAI_BEGIN_NAMESPACE

/// One of several objects, told apart by `type`.
using file_search_tool_filters = openai::compound_filter_filter;

/// The file_search_tool_ranking_options_hybrid_search object.
struct file_search_tool_ranking_options_hybrid_search
{
    /// The weight of the embedding in the reciprocal ranking fusion.
    double embedding_weight{};
    /// The weight of the text in the reciprocal ranking fusion.
    double text_weight{};
};
BOOST_DESCRIBE_STRUCT(file_search_tool_ranking_options_hybrid_search, (), (embedding_weight, text_weight))
OPENAI_EXTERN_JSON_READER(file_search_tool_ranking_options_hybrid_search)

/// The file_search_tool_ranking_options object.
struct file_search_tool_ranking_options
{
    /// The ranker to use for the file search. One of: auto, default-2024-11-15.
    std::optional<std::string> ranker{};
    /// The score threshold for the file search, a number between 0 and 1. Numbers closer to 1 will
    /// attempt to return only the most relevant results, but may return fewer results.
    std::optional<double> score_threshold{};
    /// Weights that control how reciprocal rank fusion balances semantic embedding matches versus
    /// sparse keyword matches when hybrid search is enabled.
    std::optional<openai::file_search_tool_ranking_options_hybrid_search> hybrid_search{};
};
BOOST_DESCRIBE_STRUCT(file_search_tool_ranking_options, (), (ranker, score_threshold, hybrid_search))
OPENAI_EXTERN_JSON_READER(file_search_tool_ranking_options)

/// A tool that searches for relevant content from uploaded files. Learn more about the [file search
/// tool](https://platform.openai.com/docs/guides/tools-file-search).
struct file_search_tool
{
    /// The type of the file search tool. Always `file_search`.
    std::string type = "file_search";
    /// The IDs of the vector stores to search.
    std::vector<std::string> vector_store_ids{};
    /// The maximum number of results to return. This number should be between 1 and 50 inclusive.
    std::optional<std::int64_t> max_num_results{};
    /// Ranking options for search.
    std::optional<openai::file_search_tool_ranking_options> ranking_options{};
    /// The `filters` member.
    std::optional<openai::file_search_tool_filters> filters{};
};
BOOST_DESCRIBE_STRUCT(file_search_tool, (), (type, vector_store_ids, max_num_results, ranking_options, filters))
OPENAI_EXTERN_JSON_READER(file_search_tool)

OPENAI_END_NAMESPACE

#endif
