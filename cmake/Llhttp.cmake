# llhttp, the HTTP parser Node.js uses, built from the C sources Debian's node-llhttp
# package ships. Nothing is vendored: if the package is missing, say so and stop.
set(AUTHLAB_LLHTTP_SOURCE_DIR "/usr/share/llhttp" CACHE PATH "Directory with llhttp's api.c, http.c, llhttp.c")
set(AUTHLAB_LLHTTP_INCLUDE_DIR "/usr/share/include/llhttp" CACHE PATH "Directory with llhttp.h")

foreach(f api.c http.c llhttp.c)
    if(NOT EXISTS "${AUTHLAB_LLHTTP_SOURCE_DIR}/${f}")
        message(FATAL_ERROR
            "llhttp source '${AUTHLAB_LLHTTP_SOURCE_DIR}/${f}' not found.\n"
            "AuthLab parses HTTP with llhttp from Debian's package 'node-llhttp'.\n"
            "Install it with:  sudo apt-get install node-llhttp\n"
            "(or run ./tools/dev.sh, which installs every missing package), or point "
            "AUTHLAB_LLHTTP_SOURCE_DIR / AUTHLAB_LLHTTP_INCLUDE_DIR at another copy.")
    endif()
endforeach()
if(NOT EXISTS "${AUTHLAB_LLHTTP_INCLUDE_DIR}/llhttp.h")
    message(FATAL_ERROR "llhttp header '${AUTHLAB_LLHTTP_INCLUDE_DIR}/llhttp.h' not found; install Debian's 'node-llhttp'.")
endif()

add_library(authlab_llhttp STATIC
    "${AUTHLAB_LLHTTP_SOURCE_DIR}/api.c"
    "${AUTHLAB_LLHTTP_SOURCE_DIR}/http.c"
    "${AUTHLAB_LLHTTP_SOURCE_DIR}/llhttp.c")
target_include_directories(authlab_llhttp SYSTEM PUBLIC "${AUTHLAB_LLHTTP_INCLUDE_DIR}")
# Strict mode: a teaching tool answers sloppy framing with 400 instead of guessing.
target_compile_definitions(authlab_llhttp PUBLIC LLHTTP_STRICT_MODE=1)
set_target_properties(authlab_llhttp PROPERTIES POSITION_INDEPENDENT_CODE ON C_STANDARD 99)
# Generated C we do not own: no warnings from it.
target_compile_options(authlab_llhttp PRIVATE -w)
