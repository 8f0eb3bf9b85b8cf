// models: lists the models, describes one, or deletes a fine-tuned one.
//
//   OPENAI_API_KEY=sk-... models [MODEL_ID | --delete MODEL_ID]
#include "example_support.hpp"

#include <openai/openai.hpp>

#include <boost/asio/awaitable.hpp>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace asio = boost::asio;

namespace {

constexpr std::string_view usage = R"(usage: models [MODEL_ID | --delete MODEL_ID]

  models                     lists the model ids with their owners
  models MODEL_ID            describes one model
  models --delete MODEL_ID   deletes a fine-tuned model you own
  --help                     show this text

Reads OPENAI_API_KEY and OPENAI_BASE_URL from the environment.
)";

struct options
{
    std::optional<std::string> model_id;
    std::optional<std::string> delete_id;
};

options parse(example::arguments& args)
{
    options opts;
    while (args)
    {
        if (args.option("--delete", opts.delete_id))
            continue;
        std::string id = args.positional();
        if (opts.model_id)
            throw example::usage_error("one MODEL_ID at most");
        opts.model_id = std::move(id);
    }
    if (opts.model_id && opts.delete_id)
        throw example::usage_error("give either MODEL_ID or --delete MODEL_ID");
    return opts;
}

// Unix time as a UTC date, e.g. 2024-07-18.
std::string date(std::int64_t unix_seconds)
{
    auto days = std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds(std::chrono::seconds(unix_seconds)));
    std::chrono::year_month_day ymd(days);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
    return buf;
}

asio::awaitable<int> models(openai::client& client, options opts)
{
    if (opts.delete_id)
    {
        openai::model_deleted result = co_await client.models.del(*opts.delete_id);
        if (!result.deleted)
        {
            std::cerr << "error: the server did not delete " << result.id << '\n';
            co_return 1;
        }
        std::cout << "deleted " << result.id << '\n';
        co_return 0;
    }

    if (opts.model_id)
    {
        openai::model model = co_await client.models.retrieve(*opts.model_id);
        std::cout << "id:       " << model.id << '\n'
                  << "owned by: " << model.owned_by << '\n'
                  << "created:  " << date(model.created) << '\n';
        if (model.shutdown_date)
            std::cout << "shutdown: " << *model.shutdown_date << '\n';
        co_return 0;
    }

    openai::page<openai::model> page = co_await client.models.list();
    std::vector<openai::model>& list = page.data;
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    std::size_t width = 0;
    for (const auto& m : list)
        width = std::max(width, m.id.size());
    for (const auto& m : list)
        std::cout << m.id << std::string(width - m.id.size() + 2, ' ') << m.owned_by << '\n';
    std::cerr << list.size() << " models\n";
    co_return 0;
}

}  // namespace

int main(int argc, char** argv)
{
    return example::main(argc, argv, usage, parse, models);
}
