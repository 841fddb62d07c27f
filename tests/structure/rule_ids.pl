#!/usr/bin/perl
# SPDX-License-Identifier: EUPL-1.2
# Prints every diagnostic rule id that the C++ sources named as arguments emit.
use strict; use warnings;
my %ids; my $idre = qr/^"([a-z0-9]+(?:-[a-z0-9]+)*)"$/;
# The top-level arguments of the call whose '(' is at $pos in $s.
sub args {
  my ($s, $pos) = @_; my ($depth, @args, $cur) = (0, (), '');
  for (my $i = $pos; $i < length $s; $i++) {
    my $c = substr $s, $i, 1;
    if ($c eq '"') {                      # a string literal, escapes included
      my $j = $i + 1; $j++ while substr($s, $j, 1) ne '"' and ($j += (substr($s, $j, 1) eq '\\')) < length $s;
      $cur .= substr $s, $i, $j - $i + 1 if $depth == 1; $i = $j; next;
    }
    if ($c =~ /[({\[]/) { $depth++; $cur .= $c if $depth > 1; next }
    if ($c =~ /[)}\]]/) { $depth--; last if $depth == 0; $cur .= $c; next }
    if ($c eq ',' and $depth == 1) { push @args, $cur; $cur = ''; next }
    $cur .= $c if $depth >= 1;
  }
  push @args, $cur; s/^\s+|\s+$//g for @args; return @args;
}
local $/;
for my $f (@ARGV) {
  open my $h, '<', $f or die "$f: $!"; my $s = <$h>; close $h;
  $s =~ s{//[^\n]*}{}g;
  # reporter.error(at, "rule", message), .warning, .report(severity, at, "rule", ...),
  # file_error(out, path, at, "rule", ...): the first argument that is an id literal.
  while ($s =~ /[.>]\s*(?:error|warning|report)\s*\(|\bfile_error\s*\(/g) {
    my $p = pos($s) - 1;
    for (args($s, $p)) { if (/$idre/) { $ids{$1} = 1; last } }
  }
  # diagnostics.add({path, position, Severity::Error, "rule", ...})
  while ($s =~ /Severity::(?:Error|Warning)\s*,\s*"([a-z0-9]+(?:-[a-z0-9]+)*)"/g) { $ids{$1} = 1 }
  # d.rule = "rule";  const std::string rule = a ? "x" : "y";
  while ($s =~ /\brule\s*=\s*([^;]*);/g) { my $e = $1; $ids{$1} = 1 while $e =~ /"([a-z0-9]+(?:-[a-z0-9]+)*)"/g }
}
print "$_\n" for sort keys %ids;
