#!/usr/bin/env python3
"""Writes the canned OpenAI answers nginx serves to the benchmarks, and what a correct decoding
of them sums to (expected.json), under the directory given:

  chat/v1/chat/completions       a chat completion (workload A; slow/ is the same file, served
  slow/v1/chat/completions       slowly so that many requests are in flight at once: workload D)
  stream/v1/chat/completions     a 500-event chat completion stream (workload B)
  emb16f/v1/embeddings, emb16b/  16 x 1536 embeddings, float JSON and base64 (workload C)
  emb2048f/v1/embeddings, ...b/  2048 x 1536 embeddings, float JSON and base64
  rstream/v1/responses           a Responses stream: 500 output_text deltas and the lifecycle
                                 events around them (workload F)
  rdecode/v1/responses           a response of 100 output items of mixed types (workload F)

Numbers are deterministic (seeded), shaped like the API's (float32 values printed as doubles).
"""
import argparse
import base64
import json
import os
import random
import struct

parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
parser.add_argument("directory", help="where to write the answers (created if missing)")
root = parser.parse_args().directory
rng = random.Random(20261122)
expected = {}


def write(path, text):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as f:
        f.write(text)


def compact(value):
    return json.dumps(value, separators=(",", ":"))


chat = {
    "id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT",
    "object": "chat.completion",
    "created": 1741569952,
    "model": "gpt-4o-mini-2024-07-18",
    "choices": [{
        "index": 0,
        "message": {"role": "assistant", "content": "Hello! How can I assist you today?",
                    "refusal": None, "annotations": []},
        "logprobs": None,
        "finish_reason": "stop",
    }],
    "usage": {
        "prompt_tokens": 19, "completion_tokens": 10, "total_tokens": 29,
        "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
        "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0,
                                      "accepted_prediction_tokens": 0, "rejected_prediction_tokens": 0},
    },
    "service_tier": "default",
    "system_fingerprint": "fp_06737a9306",
}
write("chat/v1/chat/completions", json.dumps(chat, indent=2) + "\n")
write("slow/v1/chat/completions", json.dumps(chat, indent=2) + "\n")

# 499 chunks with a choice (the role, 497 pieces of content, the finish reason), one usage chunk.
words = ["Once", " upon", " a", " time", ",", " there", " was", " a", " small", " robot", " who",
         " loved", " to", " read", " stories", "."]
events, content_chars = [], 0
base = {"id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT", "object": "chat.completion.chunk",
        "created": 1741569952, "model": "gpt-4o-mini-2024-07-18", "service_tier": "default",
        "system_fingerprint": "fp_06737a9306"}
for i in range(499):
    if i == 0:
        delta, finish = {"role": "assistant", "content": "", "refusal": None}, None
    elif i == 498:
        delta, finish = {}, "stop"
    else:
        delta, finish = {"content": words[i % len(words)]}, None
        content_chars += len(delta["content"])
    events.append(dict(base, choices=[{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
                       usage=None))
events.append(dict(base, choices=[], usage={"prompt_tokens": 19, "completion_tokens": 497, "total_tokens": 516}))
write("stream/v1/chat/completions", "".join(f"data: {compact(e)}\n\n" for e in events) + "data: [DONE]\n\n")
expected["stream"] = {"events": len(events), "checksum": content_chars}


def embeddings(count, dims, as_base64):
    data, total = [], 0.0
    for index in range(count):
        floats = [struct.unpack("<f", struct.pack("<f", rng.gauss(0, 0.03)))[0] for _ in range(dims)]
        total += sum(floats)
        if as_base64:
            vector = base64.b64encode(struct.pack(f"<{dims}f", *floats)).decode()
        else:
            vector = floats
        data.append({"object": "embedding", "index": index, "embedding": vector})
    body = {"object": "list", "data": data, "model": "text-embedding-3-small",
            "usage": {"prompt_tokens": 9 * count, "total_tokens": 9 * count}}
    # The API's float JSON: one value per line, printed as doubles (repr of the float32 value).
    return json.dumps(body, indent=2), total


for name, count in (("emb16", 16), ("emb2048", 2048)):
    for suffix, as_base64 in (("f", False), ("b", True)):
        state = rng.getstate()
        text, total = embeddings(count, 1536, as_base64)
        rng.setstate(state)  # the same vectors in both encodings
        write(f"{name}{suffix}/v1/embeddings", text + "\n")
        expected[f"{name}{suffix}"] = {"floats": count * 1536, "checksum": total}
    rng.random()

# Workload F, the Responses API. Its own generator, so that the answers above stay as they were.
rrng = random.Random(20261208)
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def item_id(prefix):
    return prefix + "_" + "".join(rrng.choice("0123456789abcdef") for _ in range(48))


vocabulary = [w.strip() for w in words if w.strip().isalpha()]


def sentence(count):
    return " ".join(rrng.choice(vocabulary) for _ in range(count)) + "."


def response_body(response_id, status, output, usage, tools=()):
    """A response object with the members the API sends, in its order."""
    return {
        "id": response_id, "object": "response", "created_at": 1765180800, "status": status,
        "background": False, "completed_at": 1765180803 if status == "completed" else None, "error": None,
        "incomplete_details": None, "instructions": None, "max_output_tokens": None, "max_tool_calls": None,
        "model": "gpt-4.1-mini-2025-04-14", "output": output, "parallel_tool_calls": True,
        "previous_response_id": None, "prompt_cache_key": None, "reasoning": {"effort": None, "summary": None},
        "safety_identifier": None, "service_tier": "default", "store": True, "temperature": 1.0,
        "text": {"format": {"type": "text"}, "verbosity": "medium"}, "tool_choice": "auto", "tools": list(tools),
        "top_logprobs": 0, "top_p": 1.0, "truncation": "disabled", "usage": usage, "user": None, "metadata": {},
    }


# The stream: response.created, response.in_progress, output_item.added, content_part.added, 500
# output_text deltas, output_text.done, content_part.done, output_item.done, response.completed
# with the whole response. As the API sends them: an `event:` line with the type, every event
# numbered, every delta padded by `obfuscation` to 16 characters with its text.
response_id, message_id = item_id("resp"), item_id("msg")
deltas = [words[i % len(words)] for i in range(1, 501)]
text = "".join(deltas)
part = {"type": "output_text", "annotations": [], "logprobs": [], "text": text}
message = {"id": message_id, "type": "message", "status": "completed", "content": [part], "role": "assistant"}
usage = {"input_tokens": 12, "input_tokens_details": {"cached_tokens": 0}, "output_tokens": 500,
         "output_tokens_details": {"reasoning_tokens": 0}, "total_tokens": 512}
in_progress = response_body(response_id, "in_progress", [], None)
where = {"item_id": message_id, "output_index": 0, "content_index": 0}
events = [
    {"type": "response.created", "response": in_progress},
    {"type": "response.in_progress", "response": in_progress},
    {"type": "response.output_item.added", "output_index": 0,
     "item": dict(message, status="in_progress", content=[])},
    dict({"type": "response.content_part.added"}, **where, part=dict(part, text="")),
]
for delta in deltas:
    obfuscation = "".join(rrng.choice(ALNUM) for _ in range(max(1, 16 - len(delta))))
    events.append(dict({"type": "response.output_text.delta"}, **where, delta=delta, logprobs=[],
                       obfuscation=obfuscation))
events += [
    dict({"type": "response.output_text.done"}, **where, text=text, logprobs=[]),
    dict({"type": "response.content_part.done"}, **where, part=part),
    {"type": "response.output_item.done", "output_index": 0, "item": message},
    {"type": "response.completed", "response": response_body(response_id, "completed", [message], usage)},
]
lines = []
for number, event in enumerate(events):
    # sequence_number second, after the type, as the API places it.
    event = dict({"type": event["type"], "sequence_number": number}, **event)
    lines.append(f"event: {event['type']}\ndata: {compact(event)}\n\n")
write("rstream/v1/responses", "".join(lines))
expected["rstream"] = {"events": len(events), "deltas": len(deltas), "checksum": len(text)}


# The response of 100 output items: eight types in turn, messages and function calls twice in
# every ten. checksum: the characters of every output_text, function call's arguments and
# reasoning summary, which every contender reads.
def reasoning():
    summary = [{"type": "summary_text", "text": sentence(rrng.randint(20, 60))} for _ in range(rrng.randint(1, 3))]
    return {"id": item_id("rs"), "type": "reasoning", "summary": summary}, sum(len(s["text"]) for s in summary)


def message_item(annotation):
    body = sentence(rrng.randint(60, 200))
    annotations = [annotation(len(body)) for _ in range(rrng.randint(0, 3))]
    content = [{"type": "output_text", "annotations": annotations, "logprobs": [], "text": body}]
    return {"id": item_id("msg"), "type": "message", "status": "completed", "content": content,
            "role": "assistant"}, len(body)


def url_citation(length):
    start = rrng.randrange(length)
    return {"type": "url_citation", "start_index": start, "end_index": min(length, start + 40),
            "title": sentence(6), "url": f"https://example.com/article/{rrng.randrange(10**6)}?utm_source=openai"}


def file_citation(length):
    return {"type": "file_citation", "file_id": "file-" + "".join(rrng.choice(ALNUM) for _ in range(22)),
            "filename": "handbook.pdf", "index": rrng.randrange(length)}


def function_call():
    arguments = compact({"location": rrng.choice(["Paris, France", "Bogota, Colombia", "Osaka, Japan"]),
                         "unit": rrng.choice(["celsius", "fahrenheit"])})
    return {"id": item_id("fc"), "type": "function_call", "status": "completed", "arguments": arguments,
            "call_id": "call_" + "".join(rrng.choice(ALNUM) for _ in range(24)), "name": "get_weather"}, len(arguments)


def web_search_call():
    query = sentence(5)
    sources = [{"type": "url", "url": f"https://example.com/news/{rrng.randrange(10**6)}"} for _ in range(3)]
    return {"id": item_id("ws"), "type": "web_search_call", "status": "completed",
            "action": {"type": "search", "query": query, "queries": [query], "sources": sources}}, 0


def file_search_call():
    results = [{"attributes": {"category": "manual", "year": 2025, "public": True},
                "file_id": "file-" + "".join(rrng.choice(ALNUM) for _ in range(22)), "filename": "handbook.pdf",
                "score": round(rrng.random(), 4), "text": sentence(40)} for _ in range(2)]
    return {"id": item_id("fs"), "type": "file_search_call", "status": "completed",
            "queries": [sentence(4), sentence(5)], "results": results}, 0


def code_interpreter_call():
    return {"id": item_id("ci"), "type": "code_interpreter_call", "status": "completed",
            "code": "import math\nprint(math.sqrt(1764))\n", "container_id": item_id("cntr"),
            "outputs": [{"type": "logs", "logs": "42.0\n"}]}, 0


def custom_tool_call():
    return {"type": "custom_tool_call", "id": item_id("ctc"),
            "call_id": "call_" + "".join(rrng.choice(ALNUM) for _ in range(24)), "name": "run_sql",
            "input": "SELECT name, total FROM orders WHERE total > 100 ORDER BY total DESC LIMIT 10;"}, 0


def mcp_call():
    return {"id": item_id("mcp"), "type": "mcp_call", "status": "completed", "approval_request_id": None,
            "arguments": compact({"repo": "example/project", "query": sentence(3)}), "error": None,
            "name": "search_code", "output": sentence(30), "server_label": "code"}, 0


kinds = [reasoning, lambda: message_item(url_citation), function_call, web_search_call, file_search_call,
         lambda: message_item(file_citation), code_interpreter_call, custom_tool_call, mcp_call, function_call]
output, checksum = [], 0
for i in range(100):
    item, chars = kinds[i % len(kinds)]()
    output.append(item)
    checksum += chars
get_weather = {"type": "function", "description": "The weather now in a city.", "name": "get_weather",
               "parameters": {"type": "object", "properties": {"location": {"type": "string"},
                                                               "unit": {"type": "string",
                                                                        "enum": ["celsius", "fahrenheit"]}},
                              "required": ["location", "unit"], "additionalProperties": False},
               "strict": True}
decode_usage = {"input_tokens": 2048, "input_tokens_details": {"cached_tokens": 1024}, "output_tokens": 4096,
                "output_tokens_details": {"reasoning_tokens": 512}, "total_tokens": 6144}
body = response_body(item_id("resp"), "completed", output, decode_usage, [get_weather])
write("rdecode/v1/responses", json.dumps(body, indent=2) + "\n")
expected["rdecode"] = {"items": len(output), "checksum": checksum}

write("expected.json", json.dumps(expected, indent=2) + "\n")
