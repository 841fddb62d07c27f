# SPDX-License-Identifier: EUPL-1.2
# One interface target carries the project's warnings (as ccache does), so
# every target opts in the same way and -Werror is only for developers.
add_library(lagesbild_warnings INTERFACE)
target_compile_options(lagesbild_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Wunused -Woverloaded-virtual
  -Wnull-dereference -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
if(LAGESBILD_DEV)
  target_compile_options(lagesbild_warnings INTERFACE -Werror)
endif()
