// Generated from the OpenAI OpenAPI spec by codegen/generate.py: do not edit.
// The Python SDK's openai.types.responses.ResponseOutputTextAnnotationAddedEvent (spec schema ResponseOutputTextAnnotationAddedEvent).
#ifndef OPENAI_TYPES_RESPONSES_RESPONSE_OUTPUT_TEXT_ANNOTATION_ADDED_EVENT_HPP
#define OPENAI_TYPES_RESPONSES_RESPONSE_OUTPUT_TEXT_ANNOTATION_ADDED_EVENT_HPP

#include <openai/detail/config.hpp>
#include <openai/detail/json_extern.hpp>
#include <openai/types/responses/response_output_text.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <optional>
#include <string>

OPENAI_BEGIN_NAMESPACE

/// Emitted when an annotation is added to output text content.
struct response_output_text_annotation_added_event
{
    /// The type of the event. Always 'response.output_text.annotation.added'. Always
    /// `response.output_text.annotation.added`.
    std::string type = "response.output_text.annotation.added";
    /// The unique identifier of the item to which the annotation is being added.
    std::string item_id{};
    /// The index of the output item in the response's output array.
    std::int64_t output_index{};
    /// The index of the content part within the output item.
    std::int64_t content_index{};
    /// The index of the annotation within the content part.
    std::int64_t annotation_index{};
    /// The sequence number of this event.
    std::int64_t sequence_number{};
    /// The annotation object being added. (See annotation schema for details.)
    std::optional<openai::response_output_text_annotation> annotation{};
};
BOOST_DESCRIBE_STRUCT(response_output_text_annotation_added_event, (),
                      (type, item_id, output_index, content_index, annotation_index, sequence_number, annotation))
OPENAI_EXTERN_JSON_READER(response_output_text_annotation_added_event)

OPENAI_END_NAMESPACE

#endif
