# SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
# SPDX-License-Identifier: GPL-3.0-or-later
# The wizard's cross build for Windows (MinGW-w64, posix threads): what prepwizard.exe needs beside
# itself, named one by one (no windeployqt here). Copied into bin/ of the build tree, where every
# program and test is linked, so that they run there under Wine; installed into bin/ for the NSIS
# installer. Included from the top CMakeLists.txt when WIN32 and PREP_BUILD_GUI.
set(CMAKE_RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bin)

get_target_property(prep_qtcore_dll Qt6::Core IMPORTED_LOCATION_RELEASE)
get_filename_component(prep_qt_bin ${prep_qtcore_dll} DIRECTORY)
get_filename_component(prep_qt_prefix ${prep_qt_bin} DIRECTORY)
set(prep_qt_dlls)
foreach(module IN ITEMS Core Gui Widgets Network Concurrent PrintSupport)
    list(APPEND prep_qt_dlls ${prep_qt_bin}/Qt6${module}.dll)
endforeach()
# Plugins: the windows platform (offscreen and minimal for headless runs and tests), the Windows
# style, the image formats besides the built-in PNG, TLS through Schannel.
set(prep_qt_plugins platforms/qwindows.dll platforms/qoffscreen.dll platforms/qminimal.dll
                    styles/qwindowsvistastyle.dll imageformats/qico.dll imageformats/qjpeg.dll
                    imageformats/qgif.dll tls/qschannelbackend.dll)
# The MinGW runtime of the posix-threads compiler (Debian's folders; on Windows, the compiler's).
set(prep_mingw_runtime)
if(MINGW)
    get_filename_component(prep_compiler_dir ${CMAKE_CXX_COMPILER} DIRECTORY)
    foreach(dll IN ITEMS libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll)
        find_file(PREP_DLL_${dll} ${dll} PATHS /usr/lib/gcc/x86_64-w64-mingw32/12-posix
                  /usr/x86_64-w64-mingw32/lib ${prep_compiler_dir} NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH REQUIRED)
        list(APPEND prep_mingw_runtime ${PREP_DLL_${dll}})
    endforeach()
endif()
# Qt's own Spanish (dialog buttons, print dialog): Debian's qt6-translations-l10n; .qm files are
# the same on every system. LanguageSwitcher looks in translations/ beside the program on Windows.
find_file(PREP_QTBASE_ES qtbase_es.qm PATHS ${QT_HOST_PATH}/share/qt6/translations ${prep_qt_prefix}/translations
          NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH REQUIRED)

set(prep_deployed)
foreach(file IN LISTS prep_qt_dlls prep_mingw_runtime)
    get_filename_component(name ${file} NAME)
    list(APPEND prep_deployed ${CMAKE_BINARY_DIR}/bin/${name})
    add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/bin/${name}
                       COMMAND ${CMAKE_COMMAND} -E copy ${file} ${CMAKE_BINARY_DIR}/bin/${name}
                       DEPENDS ${file} VERBATIM)
endforeach()
foreach(plugin IN LISTS prep_qt_plugins)
    list(APPEND prep_deployed ${CMAKE_BINARY_DIR}/bin/${plugin})
    add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/bin/${plugin}
                       COMMAND ${CMAKE_COMMAND} -E copy ${prep_qt_prefix}/plugins/${plugin}
                               ${CMAKE_BINARY_DIR}/bin/${plugin}
                       DEPENDS ${prep_qt_prefix}/plugins/${plugin} VERBATIM)
endforeach()
list(APPEND prep_deployed ${CMAKE_BINARY_DIR}/bin/translations/qtbase_es.qm)
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/bin/translations/qtbase_es.qm
                   COMMAND ${CMAKE_COMMAND} -E copy ${PREP_QTBASE_ES} ${CMAKE_BINARY_DIR}/bin/translations/qtbase_es.qm
                   DEPENDS ${PREP_QTBASE_ES} VERBATIM)
# The tests need Qt Test too.
list(APPEND prep_deployed ${CMAKE_BINARY_DIR}/bin/Qt6Test.dll)
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/bin/Qt6Test.dll
                   COMMAND ${CMAKE_COMMAND} -E copy ${prep_qt_bin}/Qt6Test.dll ${CMAKE_BINARY_DIR}/bin/Qt6Test.dll
                   DEPENDS ${prep_qt_bin}/Qt6Test.dll VERBATIM)
add_custom_target(prep_windows_runtime ALL DEPENDS ${prep_deployed})

# The installer's copy (installer/CMakeLists.txt adds the programs, CPack makes the NSIS installer).
install(FILES ${prep_qt_dlls} ${prep_mingw_runtime} DESTINATION bin)
foreach(plugin IN LISTS prep_qt_plugins)
    get_filename_component(folder ${plugin} DIRECTORY)
    install(FILES ${prep_qt_prefix}/plugins/${plugin} DESTINATION bin/${folder})
endforeach()
install(FILES ${PREP_QTBASE_ES} DESTINATION bin/translations)

# Tests run under Wine, in a prefix of this build directory, through tests/windows/wine-run.sh.
# A build directory configured with -DCMAKE_CROSSCOMPILING_EMULATOR= (empty: none) keeps its choice.
if(CMAKE_CROSSCOMPILING AND NOT DEFINED CMAKE_CROSSCOMPILING_EMULATOR)
    find_program(PREP_WINE wine)
    if(PREP_WINE)
        set(CMAKE_CROSSCOMPILING_EMULATOR ${PROJECT_SOURCE_DIR}/tests/windows/wine-run.sh
                                          ${CMAKE_BINARY_DIR}/wineprefix)
    endif()
endif()
