# SPDX-License-Identifier: EUPL-1.2
# Hardened binaries: the flags Debian's own packages get from dpkg-buildflags
# (hardening=+all), for lagesbild and lagesbild.exe alike. lagesbild reads
# files that come from other people (a party's picture, a folder of them),
# so a memory bug in it, or in a library it links, should end the program
# rather than let a crafted file take it over:
#  - _FORTIFY_SOURCE (3 where the compiler and C library have it, else 2):
#    string and stdio calls of known buffer sizes are checked at run time
#    (__memcpy_chk and its kind). It needs optimisation, so only the
#    optimised build types get it (Release, RelWithDebInfo, the default,
#    and MinSizeRel); never redefined when the flags already set it (as
#    dpkg-buildflags does), and left out of sanitizer builds, which check
#    more than it does.
#  - -fstack-protector-strong: a canary in every function with an array
#    or an address taken; -fstack-clash-protection: a large stack
#    allocation cannot jump over the guard page; -fcf-protection (x86):
#    CET's marks for indirect branches and returns.
#  - ELF: -z relro -z now (the relocations are made read-only after
#    start-up, all of them at once) and PIE (the binary is placed at a
#    random address like its libraries).
#  - Windows (mingw-w64): --dynamicbase (ASLR), --nxcompat (DEP) and
#    --high-entropy-va (64-bit ASLR) in the PE header, and the stack
#    protector and _FORTIFY_SOURCE, whose checks mingw-w64 takes from GCC's
#    libssp, linked statically like the rest of the .exe. Windows probes
#    every large stack allocation already (___chkstk_ms), and its
#    control-flow protection is not CET's marks, so neither of those two.
# tests/structure/hardening.sh checks the binaries; .ci/package-deb fails
# when lintian finds a hardening flag missing. -DLAGESBILD_HARDENING=OFF
# leaves all of it out (for a build that brings its own flags).
option(LAGESBILD_HARDENING "Build hardened binaries (FORTIFY, stack protector, RELRO, BIND_NOW, PIE; ASLR and DEP on Windows)" ON)
# What the test checks: set below (empty when not in this build).
set(LAGESBILD_HARDENING_FORTIFY "")
# The web page's WebAssembly has none of these: its sandbox is the browser.
if(NOT LAGESBILD_HARDENING OR EMSCRIPTEN OR NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  return()
endif()

include(CheckCXXCompilerFlag)
include(CheckCXXSourceCompiles)
include(CheckLinkerFlag)
include(CMakePushCheckState)

set(flags -fstack-protector-strong)
if(NOT WIN32)
  list(APPEND flags -fstack-clash-protection)
  if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64|amd64|i.86)$")
    list(APPEND flags -fcf-protection)
  endif()
endif()
set(hardening_compile "")
foreach(flag ${flags})
  string(MAKE_C_IDENTIFIER "LAGESBILD_HAS${flag}" has)
  check_cxx_compiler_flag(${flag} ${has})
  if(${has})
    list(APPEND hardening_compile ${flag})
  endif()
endforeach()
add_compile_options(${hardening_compile})
if(WIN32 AND "-fstack-protector-strong" IN_LIST hardening_compile)
  # On the link line too: only then does GCC's driver add libssp, which
  # mingw-w64's stack protector and _FORTIFY_SOURCE call into.
  add_link_options(-fstack-protector-strong)
endif()

# _FORTIFY_SOURCE: not when the flags or the compiler define it already.
set(optimised_configs Release RelWithDebInfo MinSizeRel)
string(JOIN "," optimised_genex ${optimised_configs})
set(given_flags "${CMAKE_CXX_FLAGS}")
foreach(config ${optimised_configs})
  string(TOUPPER ${config} config)
  string(APPEND given_flags " ${CMAKE_CXX_FLAGS_${config}}")
endforeach()
cmake_push_check_state(RESET)
set(CMAKE_REQUIRED_FLAGS "-O2")
check_cxx_source_compiles("#include <cstdio>
#ifdef _FORTIFY_SOURCE
#error the compiler defines _FORTIFY_SOURCE itself
#endif
int main() { return 0; }" LAGESBILD_FORTIFY_UNDEFINED)
cmake_pop_check_state()
# The level the compiler and C library really give: glibc 2.34 and GCC 12
# have level 3 (sizes known only at run time too); mingw-w64 has 2.
set(fortify_program "#include <cstdio>
#include <cstring>
#if !defined(__USE_FORTIFY_LEVEL) && !defined(__MINGW_FORTIFY_LEVEL)
#error no _FORTIFY_SOURCE in this C library
#elif defined(__USE_FORTIFY_LEVEL) && __USE_FORTIFY_LEVEL < WANTED_LEVEL
#error glibc gives a lower level
#elif defined(__MINGW_FORTIFY_LEVEL) && __MINGW_FORTIFY_LEVEL < WANTED_LEVEL
#error mingw-w64 gives a lower level
#endif
int main(int argc, char** argv) {
  char copy[8];
  std::strncpy(copy, argv[0], sizeof copy - 1);
  copy[sizeof copy - 1] = 0;
  std::puts(copy);
  return argc;
}")
if(LAGESBILD_SANITIZE OR LAGESBILD_FUZZ)
  message(STATUS "Hardening: no _FORTIFY_SOURCE in a sanitizer build")
elseif(given_flags MATCHES "_FORTIFY_SOURCE" OR NOT LAGESBILD_FORTIFY_UNDEFINED)
  message(STATUS "Hardening: _FORTIFY_SOURCE as the given flags or the compiler set it")
  set(LAGESBILD_HARDENING_FORTIFY given)
else()
  foreach(level 3 2)
    cmake_push_check_state(RESET)
    set(CMAKE_REQUIRED_FLAGS "-O2 -D_FORTIFY_SOURCE=${level} -DWANTED_LEVEL=${level} -Werror")
    if(WIN32)  # libssp (above)
      set(CMAKE_REQUIRED_LINK_OPTIONS ${hardening_compile})
    endif()
    check_cxx_source_compiles("${fortify_program}" LAGESBILD_HAS_FORTIFY_${level})
    cmake_pop_check_state()
    if(LAGESBILD_HAS_FORTIFY_${level})
      set(LAGESBILD_HARDENING_FORTIFY ${level})
      add_compile_definitions($<$<CONFIG:${optimised_genex}>:_FORTIFY_SOURCE=${level}>)
      message(STATUS "Hardening: _FORTIFY_SOURCE=${level} in ${optimised_genex}")
      break()
    endif()
  endforeach()
endif()

# The linker: ELF's RELRO, BIND_NOW and PIE, or the PE header's flags.
if(WIN32)
  set(hardening_link "LINKER:--dynamicbase,--nxcompat,--high-entropy-va")
else()
  set(hardening_link "LINKER:-z,relro,-z,now")
  include(CheckPIESupported)
  check_pie_supported(LANGUAGES CXX)
  if(CMAKE_CXX_LINK_PIE_SUPPORTED)
    set(CMAKE_POSITION_INDEPENDENT_CODE ON)
  endif()
endif()
check_linker_flag(CXX "${hardening_link}" LAGESBILD_HAS_HARDENING_LINK)
if(LAGESBILD_HAS_HARDENING_LINK)
  add_link_options("${hardening_link}")
endif()
string(JOIN " " summary ${hardening_compile} ${hardening_link})
message(STATUS "Hardening: ${summary}")
