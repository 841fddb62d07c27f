#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The binary is built hardened (cmake/Hardening.cmake), read back from the
# file itself, as lintian and a security review read it. Run by ctest as
# "structure: hardening":
#   hardening.sh BINARY FORTIFY
# FORTIFY is the _FORTIFY_SOURCE level the build has (3, 2, "given" when the
# flags brought it), or "none" (Debug and sanitizer builds: it needs
# optimisation, and the sanitizers check more).
# lagesbild (ELF): PIE (type DYN), BIND_NOW, a GNU_RELRO segment, the stack
# protector (__stack_chk_fail) and, with FORTIFY, the checked calls (_chk).
# lagesbild.exe (PE, mingw-w64): DYNAMIC_BASE, NX_COMPAT and HIGH_ENTROPY_VA.
set -u
binary=$1
fortify=${2:-none}
failures=0
check() {  # check DESCRIPTION COMMAND...: the command's success is the check's
  local what=$1
  shift
  if "$@"; then
    echo "ok: $what"
  else
    echo "FAIL: $what"
    failures=$((failures + 1))
  fi
}
has() { grep -qE -- "$1" <<<"$2"; }

case $(head -c 4 "$binary" | od -An -c | tr -d ' ') in
  177ELF)
    header=$(readelf -hW "$binary")
    dynamic=$(readelf -dW "$binary")
    segments=$(readelf -lW "$binary")
    symbols=$(readelf --dyn-syms -W "$binary")
    grep -E 'Type:' <<<"$header"
    grep -E '\((FLAGS|FLAGS_1)\)' <<<"$dynamic"
    grep -E 'GNU_RELRO' <<<"$segments"
    check "PIE: ELF type DYN, with the PIE flag" has 'Type: +DYN' "$header"
    check "PIE: FLAGS_1 PIE" has '\(FLAGS_1\).*\bPIE\b' "$dynamic"
    check "BIND_NOW: FLAGS BIND_NOW or FLAGS_1 NOW" has '\(FLAGS\).*\bBIND_NOW\b|\(FLAGS_1\).*\bNOW\b' "$dynamic"
    check "RELRO: a GNU_RELRO segment" has '^ *GNU_RELRO ' "$segments"
    check "stack protector: __stack_chk_fail" has ' __stack_chk_fail(@|$)' "$symbols"
    if [ "$fortify" = none ]; then
      echo "not checked: _FORTIFY_SOURCE (not in this build: Debug or sanitizers)"
    else
      # The checked calls: GCC 12 and glibc 2.36 make __memcpy_chk of the
      # copies into buffers whose size is known (std::string, std::vector and
      # fmt's buffers inlined into lagesbild's own code); lintian's
      # hardening-no-fortify-functions looks for one such call.
      chk=$(grep -oE ' __[a-z0-9_]+_chk(@[A-Z0-9_.]+)?( |$)' <<<"$symbols" | sort -u)
      echo "$chk"
      check "_FORTIFY_SOURCE: __memcpy_chk" has " __memcpy_chk(@|$)" "$chk"
    fi
    ;;
  MZ*)
    objdump=x86_64-w64-mingw32-objdump
    command -v "$objdump" >/dev/null || { echo "no $objdump (binutils-mingw-w64-x86-64)"; exit 1; }
    header=$("$objdump" -p "$binary")
    # DllCharacteristics, then one flag per line below it.
    flags=$(sed -n '/^DllCharacteristics/,/^[A-Z]/p' <<<"$header")
    echo "$flags"
    for flag in DYNAMIC_BASE NX_COMPAT HIGH_ENTROPY_VA; do
      check "DllCharacteristics: $flag" has "^[[:space:]]+$flag\$" "$flags"
    done
    # ASLR needs the relocations to move the image: a .reloc section.
    check "relocations kept (.reloc), so that ASLR can move the image" has '^ *[0-9]+ \.reloc ' \
      "$("$objdump" -h "$binary")"
    ;;
  *)
    echo "FAIL: $binary is neither ELF nor PE"
    exit 1
    ;;
esac
if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all checks passed"
