// embeddings: embeds each argument and compares the first two.
//
//   OPENAI_API_KEY=sk-... embeddings [--model M] [--dimensions N] TEXT...
#include "example_support.hpp"

#include <openai/openai.hpp>

#include <boost/asio/awaitable.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <iomanip>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace asio = boost::asio;

namespace {

constexpr std::string_view usage = R"(usage: embeddings [--model M] [--dimensions N] TEXT...

Embeds each TEXT argument (one embedding per argument) and prints its dimension
count and first 5 values, then the cosine similarity of the first two texts.

  --model M        the model (default text-embedding-3-small)
  --dimensions N   shorten the embeddings to N dimensions (text-embedding-3 models)
  --help           show this text

Reads OPENAI_API_KEY and OPENAI_BASE_URL from the environment.
)";

struct options
{
    std::string model = "text-embedding-3-small";
    std::optional<std::int64_t> dimensions;
    std::vector<std::string> texts;
};

options parse(example::arguments& args)
{
    options opts;
    while (args)
    {
        if (args.option("--model", opts.model) || args.option("--dimensions", opts.dimensions, 1, 65536))
            continue;
        opts.texts.push_back(args.positional());
    }
    if (opts.texts.empty())
        opts.texts = {"The food was delicious and the waiter was friendly.",
                      "The meal was tasty and the service was great."};
    return opts;
}

double cosine_similarity(const std::vector<float>& a, const std::vector<float>& b)
{
    double dot = 0, norm_a = 0, norm_b = 0;
    for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i)
    {
        dot += double(a[i]) * double(b[i]);
        norm_a += double(a[i]) * double(a[i]);
        norm_b += double(b[i]) * double(b[i]);
    }
    return norm_a > 0 && norm_b > 0 ? dot / (std::sqrt(norm_a) * std::sqrt(norm_b)) : 0.0;
}

asio::awaitable<void> embed(openai::client& client, options opts)
{
    // Requests are built in a named variable, never inside the co_await expression: g++ 12
    // destroys an aggregate temporary there twice.
    openai::embedding_create_params request{.model = opts.model, .input = opts.texts, .dimensions = opts.dimensions};

    openai::create_embedding_response response = co_await client.embeddings.create(std::move(request));

    // The API answers in input order; `index` says so explicitly.
    std::vector<const openai::embedding_object*> by_input(opts.texts.size(), nullptr);
    for (const auto& e : response.data)
        if (e.index >= 0 && std::size_t(e.index) < by_input.size())
            by_input[std::size_t(e.index)] = &e;

    std::cout << std::fixed << std::setprecision(6);
    for (std::size_t i = 0; i < opts.texts.size(); ++i)
    {
        std::cout << '[' << i << "] \"" << opts.texts[i] << "\"\n";
        if (!by_input[i])
        {
            std::cout << "    (no embedding returned)\n";
            continue;
        }
        const std::vector<float>& v = by_input[i]->embedding;
        std::cout << "    " << v.size() << " dimensions: [";
        for (std::size_t j = 0; j < std::min<std::size_t>(5, v.size()); ++j)
            std::cout << (j ? ", " : "") << v[j];
        std::cout << (v.size() > 5 ? ", ...]\n" : "]\n");
    }
    if (opts.texts.size() >= 2 && by_input[0] && by_input[1])
        std::cout << "cosine similarity [0] vs [1]: "
                  << cosine_similarity(by_input[0]->embedding, by_input[1]->embedding) << '\n';
    std::cerr << "tokens: " << response.usage.total_tokens << " (" << response.model << ")\n";
}

}  // namespace

int main(int argc, char** argv)
{
    return example::main(argc, argv, usage, parse, embed);
}
