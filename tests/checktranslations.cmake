# SPDX-License-Identifier: MIT
# The translations against the sources, with lupdate (cmake -P).
#   MODE=update: brings resources/translations/*.ts up to date (the update_translations target).
#   MODE=check:  runs lupdate on copies in WORK_DIR and fails, naming each string, when a source
#                string has no finished translation in some language: no untranslated string
#                ships. English files hold only plural forms.
# Arguments: LUPDATE (the lupdate executable), SOURCE_DIR (the project), MODE, WORK_DIR (check).
cmake_minimum_required(VERSION 3.22)
set(languages en de ar)
set(parts core ui)
set(core_sources ${SOURCE_DIR}/app)
set(ui_sources ${SOURCE_DIR}/ui)
set(translations ${SOURCE_DIR}/resources/translations)

set(failures "")
foreach(language ${languages})
    foreach(part ${parts})
        set(name tideline_${part}_${language}.ts)
        set(options -no-obsolete -target-language ${language})
        if(language STREQUAL "en")
            list(APPEND options -pluralonly)
        endif()
        if(MODE STREQUAL "update")
            execute_process(COMMAND ${LUPDATE} ${options} -locations relative
                                    ${${part}_sources} -ts ${translations}/${name}
                            RESULT_VARIABLE status)
            if(NOT status EQUAL 0)
                message(FATAL_ERROR "lupdate failed on ${name}")
            endif()
            continue()
        endif()
        file(MAKE_DIRECTORY ${WORK_DIR})
        file(COPY ${translations}/${name} DESTINATION ${WORK_DIR})
        execute_process(COMMAND ${LUPDATE} ${options} -locations none ${${part}_sources}
                                -ts ${WORK_DIR}/${name}
                        RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE errors)
        if(NOT status EQUAL 0)
            message(FATAL_ERROR "lupdate failed on ${name}: ${errors}")
        endif()
        # A warning from lupdate is a string it cannot file under its context.
        string(REGEX MATCHALL "[^\n]*(without context|lacks Q_OBJECT)[^\n]*" warnings "${errors}")
        foreach(warning ${warnings})
            string(APPEND failures "  ${warning}\n")
        endforeach()
        file(READ ${WORK_DIR}/${name} ts)
        # Each unfinished translation, named by the source before it.
        string(LENGTH "type=\"unfinished\"" skip)
        while(TRUE)
            string(FIND "${ts}" "type=\"unfinished\"" at)
            if(at EQUAL -1)
                break()
            endif()
            string(SUBSTRING "${ts}" 0 ${at} before)
            string(FIND "${before}" "<source>" start REVERSE)
            string(SUBSTRING "${before}" ${start} -1 before)
            string(REGEX MATCH "<source>([^<]*)</source>" source "${before}")
            string(APPEND failures "  ${name}: no translation for \"${CMAKE_MATCH_1}\"\n")
            math(EXPR at "${at} + ${skip}")
            string(SUBSTRING "${ts}" ${at} -1 ts)
        endwhile()
    endforeach()
endforeach()
if(NOT failures STREQUAL "")
    message(FATAL_ERROR "Strings without a translation (cmake --build build --target "
                        "update_translations, then translate them):\n${failures}")
endif()
if(MODE STREQUAL "check")
    message(STATUS "Every source string has a finished translation in: ${languages}")
endif()
