// SPDX-License-Identifier: EUPL-1.2
// One setup function per subcommand; each lives in its own file.
#pragma once

#include <CLI/CLI.hpp>

#include "cli/context.hpp"

namespace lagesbild::cli {

void setup_new(CLI::App& app, Context& context);
void setup_validate(CLI::App& app, Context& context);
void setup_templates(CLI::App& app, Context& context);
void setup_merge(CLI::App& app, Context& context);
void setup_render(CLI::App& app, Context& context);
void setup_status(CLI::App& app, Context& context);
void setup_summary(CLI::App& app, Context& context);
void setup_schema(CLI::App& app, Context& context);
void setup_year(CLI::App& app, Context& context);

}  // namespace lagesbild::cli
