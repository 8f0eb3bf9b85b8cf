#!/usr/bin/env python3
"""Writes the canned OpenAI answers nginx serves to the benchmarks, and what a correct decoding
of them sums to (expected.json), under the directory given:

  chat/v1/chat/completions       a chat completion (workload A; slow/ is the same file, served
  slow/v1/chat/completions       slowly so that many requests are in flight at once: workload D)
  stream/v1/chat/completions     a 500-event chat completion stream (workload B)
  emb16f/v1/embeddings, emb16b/  16 x 1536 embeddings, float JSON and base64 (workload C)
  emb2048f/v1/embeddings, ...b/  2048 x 1536 embeddings, float JSON and base64

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

write("expected.json", json.dumps(expected, indent=2) + "\n")
