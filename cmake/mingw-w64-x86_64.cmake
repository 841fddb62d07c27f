# SPDX-License-Identifier: EUPL-1.2
# Cross-building lagesbild.exe for 64-bit Windows on Debian 12 with mingw-w64:
#   cmake -S . -B build-windows -DCMAKE_TOOLCHAIN_FILE=cmake/mingw-w64-x86_64.cmake \
#         -DLAGESBILD_WINDOWS_DEPS=<prefix with yaml-cpp, fmt, CLI11 and doctest built for Windows>
# .ci/build-windows does all of it. The posix-thread flavour of the compiler is
# named directly (the win32 flavour lacks std::mutex and std::thread in GCC 12),
# so no update-alternatives is needed.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(LAGESBILD_MINGW x86_64-w64-mingw32)

set(CMAKE_C_COMPILER ${LAGESBILD_MINGW}-gcc-posix)
set(CMAKE_CXX_COMPILER ${LAGESBILD_MINGW}-g++-posix)
set(CMAKE_RC_COMPILER ${LAGESBILD_MINGW}-windres)
set(CMAKE_AR /usr/bin/${LAGESBILD_MINGW}-gcc-ar-posix CACHE FILEPATH "")
set(CMAKE_RANLIB /usr/bin/${LAGESBILD_MINGW}-gcc-ranlib-posix CACHE FILEPATH "")

# Libraries and packages only from the mingw tree and the prefix of libraries
# built for Windows (never Debian's Linux ones); programs from the build machine.
set(CMAKE_FIND_ROOT_PATH /usr/${LAGESBILD_MINGW} ${LAGESBILD_WINDOWS_DEPS})
set(CMAKE_TRY_COMPILE_PLATFORM_VARIABLES LAGESBILD_WINDOWS_DEPS)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# One self-contained .exe: no libstdc++/libgcc/libwinpthread DLLs to ship.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static")
set(CMAKE_EXE_LINKER_FLAGS_RELEASE_INIT "-s")  # stripped: about a third of the size

# Tests run the .exe under Wine, in a Wine prefix inside the build folder, with
# Wine's own chatter off (.ci/test-windows creates the prefix and keeps a
# wineserver running). LC_ALL=C.UTF-8 only tells Wine that the test scripts'
# arguments are UTF-8 bytes; the program still sees Windows code page 1252
# (GetACP), as on a Swedish PC, so an ANSI-only path would show.
set(LAGESBILD_WINEPREFIX "${CMAKE_BINARY_DIR}/wineprefix" CACHE PATH "Wine prefix the tests run in")
set(CMAKE_CROSSCOMPILING_EMULATOR
    env WINEPREFIX=${LAGESBILD_WINEPREFIX} WINEDEBUG=-all WINEDLLOVERRIDES=mscoree,mshtml= LC_ALL=C.UTF-8
        /usr/lib/wine/wine64)
