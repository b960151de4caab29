# SPDX-License-Identifier: MIT
# CLIENTELING_SANITIZE: a list for -fsanitize= (e.g. "address,undefined"), empty for none.
# Compiles and links every target of the project with it (add_*_options before the first
# add_subdirectory). UndefinedBehaviorSanitizer findings stop the program
# (-fno-sanitize-recover), so a test fails on the first one instead of printing and passing.
# scripts/run-tests.sh builds this way into build-asan/ when the variable is set in its
# environment (docs/operations.md, Sanitizers).
set(CLIENTELING_SANITIZE "" CACHE STRING
    "Sanitizers for -fsanitize= (e.g. address,undefined); empty for none")

if(CLIENTELING_SANITIZE)
    string(REPLACE ";" "," clienteling_sanitizers "${CLIENTELING_SANITIZE}")
    message(STATUS "Sanitizers: ${clienteling_sanitizers}")
    add_compile_options(-fsanitize=${clienteling_sanitizers} -fno-omit-frame-pointer)
    add_link_options(-fsanitize=${clienteling_sanitizers})
    if(clienteling_sanitizers MATCHES "undefined")
        add_compile_options(-fno-sanitize-recover=undefined)
        add_link_options(-fno-sanitize-recover=undefined)
    endif()
endif()
