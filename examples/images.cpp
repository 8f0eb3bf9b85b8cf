// images: generates images from a prompt and saves them as files.
//
//   OPENAI_API_KEY=sk-... images [--model M] [--size S] [--n N] [--out-dir DIR] PROMPT
#include "example_support.hpp"

#include <openai/openai.hpp>

#include <boost/asio/awaitable.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>
#include <system_error>
#include <vector>

namespace asio = boost::asio;

namespace {

constexpr std::string_view usage = R"(usage: images [--model M] [--size S] [--n N] [--out-dir DIR] PROMPT

Generates images from PROMPT (the words joined by spaces) and writes each one to
DIR/image-<i>.png (i from 0), printing its path and size. When the server answers
with URLs instead, prints the URLs.

  --model M       the model: dall-e-3 (default), dall-e-2 or gpt-image-1
  --size S        e.g. 1024x1024 (default: the model's)
  --n N           how many images, 1 to 10 (dall-e-3 makes only 1)
  --out-dir DIR   where to write the files (default ., created if missing)
  --help          show this text

Reads OPENAI_API_KEY and OPENAI_BASE_URL from the environment.
)";

struct options
{
    std::string model = "dall-e-3";
    std::optional<std::string> size;
    std::optional<std::int64_t> n;
    std::string out_dir = ".";
    std::vector<std::string> prompt;
};

options parse(example::arguments& args)
{
    options opts;
    while (args)
    {
        if (args.option("--model", opts.model) || args.option("--size", opts.size) ||
            args.option("--n", opts.n, 1, 10) || args.option("--out-dir", opts.out_dir))
            continue;
        opts.prompt.push_back(args.positional());
    }
    if (opts.prompt.empty())
        opts.prompt = {"A cute baby sea otter floating on its back"};
    return opts;
}

void write_file(const std::filesystem::path& path, const std::vector<unsigned char>& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out)
        throw std::runtime_error("cannot write " + path.string());
}

asio::awaitable<void> generate(openai::client& client, options opts)
{
    // Requests are built in a named variable, never inside the co_await expression: g++ 12
    // destroys an aggregate temporary there twice.
    openai::image_generate_params request{
        .prompt = example::join(opts.prompt), .model = opts.model, .n = opts.n, .size = opts.size};
    // The dall-e models answer with URLs unless asked for base64; the GPT image models always
    // answer with base64 and reject the parameter.
    if (!opts.model.starts_with("gpt-image"))
        request.response_format = "b64_json";

    openai::images_response response = co_await client.images.generate(std::move(request));

    std::filesystem::path dir(opts.out_dir);
    std::string extension = response.output_format.value_or("png");
    bool dir_ready = false;
    for (std::size_t i = 0; i < response.data.size(); ++i)
    {
        const openai::image& image = response.data[i];
        if (image.b64_json)
        {
            if (!dir_ready)
            {
                std::error_code ec;
                std::filesystem::create_directories(dir, ec);
                if (ec)
                    throw std::runtime_error("cannot create " + dir.string() + ": " + ec.message());
                dir_ready = true;
            }
            std::vector<unsigned char> bytes = image.decode_b64_json();
            std::filesystem::path path = dir / ("image-" + std::to_string(i) + "." + extension);
            write_file(path, bytes);
            std::cout << path.string() << " (" << bytes.size() << " bytes)\n";
        }
        else if (image.url)
        {
            std::cout << *image.url << '\n';
        }
        else
        {
            std::cout << "image " << i << ": neither b64_json nor url in the answer\n";
        }
        if (image.revised_prompt && *image.revised_prompt != example::join(opts.prompt))
            std::cout << "    revised prompt: " << *image.revised_prompt << '\n';
    }
    if (response.data.empty())
        std::cout << "(no images returned)\n";
}

}  // namespace

int main(int argc, char** argv)
{
    return example::main(argc, argv, usage, parse, generate);
}
