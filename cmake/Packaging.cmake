# SPDX-License-Identifier: EUPL-1.2
# What an installation holds beyond the binary, questionnaires and schemas,
# and the Debian package CPack makes of it (`cpack -G DEB` in the build
# folder; .ci/package-deb). The version is the project's (CMakeLists.txt),
# and reaches --version, the man pages' .TH lines and the package.

# Man pages: @PROJECT_VERSION@ in the .TH line filled in, then gzipped as
# Debian wants them (man reads them so everywhere else too).
set(man_pages "")
foreach(page lagesbild.1 lagesbild.5)
  configure_file(man/${page} ${PROJECT_BINARY_DIR}/man/${page} @ONLY)
  add_custom_command(OUTPUT ${PROJECT_BINARY_DIR}/man/${page}.gz
                     COMMAND gzip -9 -n -f -k ${page}
                     WORKING_DIRECTORY ${PROJECT_BINARY_DIR}/man
                     DEPENDS ${PROJECT_BINARY_DIR}/man/${page}
                     VERBATIM)
  list(APPEND man_pages ${PROJECT_BINARY_DIR}/man/${page}.gz)
endforeach()
add_custom_target(man_pages ALL DEPENDS ${man_pages})
install(FILES ${PROJECT_BINARY_DIR}/man/lagesbild.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT doc)
install(FILES ${PROJECT_BINARY_DIR}/man/lagesbild.5.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man5 COMPONENT doc)

# share/doc/lagesbild: the README and docs/, the example pictures and settings, the
# copyright, and a changelog in Debian's form (dated by SOURCE_DATE_EPOCH
# when set, so that a rebuild gives the same package).
# The Maintainer: the project itself by default, at an address that reaches
# no one (.invalid, RFC 2606); an IT department that builds its own package
# puts its own name and address here (README, "Licence").
set(LAGESBILD_MAINTAINER "lagesbild project <maintainer@lagesbild.invalid>" CACHE STRING
    "The package's maintainer (name <e-mail>)")
string(TIMESTAMP LAGESBILD_PACKAGE_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
configure_file(packaging/debian/changelog.in ${PROJECT_BINARY_DIR}/doc/changelog @ONLY)
add_custom_command(OUTPUT ${PROJECT_BINARY_DIR}/doc/changelog.gz
                   COMMAND gzip -9 -n -f -k changelog
                   WORKING_DIRECTORY ${PROJECT_BINARY_DIR}/doc
                   DEPENDS ${PROJECT_BINARY_DIR}/doc/changelog
                   VERBATIM)
add_custom_target(changelog ALL DEPENDS ${PROJECT_BINARY_DIR}/doc/changelog.gz)
# The copyright file (DEP-5), with LICENSE's text as its EUPL-1.2 paragraph:
# each line indented by one space, an empty line as " .".
file(STRINGS LICENSE eupl_lines ENCODING UTF-8)
set(EUPL_TEXT "")
foreach(line IN LISTS eupl_lines)
  if(line STREQUAL "")
    set(line ".")
  endif()
  string(APPEND EUPL_TEXT " ${line}\n")
endforeach()
string(REGEX REPLACE "\n$" "" EUPL_TEXT "${EUPL_TEXT}")
configure_file(packaging/debian/copyright.in ${PROJECT_BINARY_DIR}/doc/copyright @ONLY)
install(FILES README.md ${PROJECT_BINARY_DIR}/doc/copyright ${PROJECT_BINARY_DIR}/doc/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT doc)
# The guides the README links to: the officials' handbook, the IT guide, the
# commands in detail, and their pictures.
file(GLOB doc_files ${PROJECT_SOURCE_DIR}/docs/*.md)
install(FILES ${doc_files} DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs COMPONENT doc)
file(GLOB doc_images ${PROJECT_SOURCE_DIR}/docs/img/*.png)
install(FILES ${doc_images} DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs/img COMPONENT doc)
file(GLOB example_files ${PROJECT_SOURCE_DIR}/examples/*.yaml ${PROJECT_SOURCE_DIR}/examples/*.toml)
install(FILES ${example_files} DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples COMPONENT doc)

# The Debian package: lagesbild_<version>_<arch>.deb, for /usr.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME lagesbild)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CONTACT "${LAGESBILD_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${LAGESBILD_MAINTAINER}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Depends from the binary's libraries (dpkg-shlibdeps): libc6, libfmt9,
# libgcc-s1, libstdc++6, libyaml-cpp0.7. WeasyPrint only for PDF.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS weasyprint)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "write, check and merge the monthly Swedish lägesbild")
# CPack adds the summary as the first line and indents the rest as Debian wants.
set(CPACK_PACKAGE_DESCRIPTION "A Swedish municipality and its local police write their monthly lägesbild
(the picture of local crime and insecurity their crime-prevention agreement
asks for) in plain YAML files with a questionnaire's questions. lagesbild
creates the files, checks them and says in Swedish what is wrong and how to
fix it, merges the parties' files into the joint picture for their meeting,
prints it as PDF, HTML or Markdown, and summarises a year of files.

The package holds the questionnaires, JSON Schemas with which editors such
as VS Code check a file as it is typed, bash and zsh completion, manual
pages and example pictures. WeasyPrint is needed for PDF.")
include(CPack)
