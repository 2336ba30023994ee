// SPDX-License-Identifier: GPL-3.0-or-later
#include "activationscripts.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

// The scripts folder below the root: "bin", or "Scripts" in the Windows layout.
QString scriptsFolder(const EnvironmentLayout &layout)
{
    if (layout.scripts.startsWith(layout.root + u'/'))
        return layout.scripts.mid(layout.root.size() + 1);
    return layout.os == TargetPlatform::Os::Windows ? u"Scripts"_s : u"bin"_s;
}

// csh expands `!` (history) even inside single quotes.
QString cshQuoted(const QString &text)
{
    QString quoted = ActivationScripts::shellQuoted(text);
    quoted.replace(u'!', u"\\!"_s);
    return quoted;
}

// Ending: "deactivate" leaves the shell as it was; the variables it saved are ours alone
// (_AKARI_OLD_*), so a venv activated by another tool is restored by its own deactivate.
QString posixScript(const QString &root, const QString &bin, const QString &prompt)
{
    return uR"SH(# Activates this virtual environment (made by Akari) in bash or zsh:
#     source <environment>/%2/activate
# "deactivate" leaves it again.

deactivate () {
    if [ -n "${_AKARI_OLD_PATH+set}" ]; then
        PATH="$_AKARI_OLD_PATH"
        export PATH
        unset _AKARI_OLD_PATH
    fi
    if [ -n "${_AKARI_OLD_PYTHONHOME+set}" ]; then
        PYTHONHOME="$_AKARI_OLD_PYTHONHOME"
        export PYTHONHOME
        unset _AKARI_OLD_PYTHONHOME
    fi
    if [ -n "${_AKARI_OLD_PS1+set}" ]; then
        PS1="$_AKARI_OLD_PS1"
        export PS1
        unset _AKARI_OLD_PS1
    fi
    unset VIRTUAL_ENV VIRTUAL_ENV_PROMPT
    # The shell may remember where "python" was found before.
    hash -r 2>/dev/null
    if [ "${1-}" != "keep-function" ]; then
        unset -f deactivate
    fi
}

# Leave whatever Akari environment is active first.
deactivate keep-function

VIRTUAL_ENV=%1
export VIRTUAL_ENV
VIRTUAL_ENV_PROMPT=%3
export VIRTUAL_ENV_PROMPT

_AKARI_OLD_PATH="$PATH"
PATH="$VIRTUAL_ENV/%2:$PATH"
export PATH

if [ -n "${PYTHONHOME+set}" ]; then
    _AKARI_OLD_PYTHONHOME="$PYTHONHOME"
    unset PYTHONHOME
fi

if [ -z "${VIRTUAL_ENV_DISABLE_PROMPT-}" ]; then
    _AKARI_OLD_PS1="${PS1-}"
    PS1="($VIRTUAL_ENV_PROMPT) ${PS1-}"
    export PS1
fi

hash -r 2>/dev/null
)SH"_s.arg(ActivationScripts::shellQuoted(root), bin, ActivationScripts::shellQuoted(prompt));
}

QString fishScript(const QString &root, const QString &bin, const QString &prompt)
{
    return uR"FISH(# Activates this virtual environment (made by Akari) in fish:
#     source <environment>/%2/activate.fish
# "deactivate" leaves it again.

function deactivate --description "Leave the Akari virtual environment"
    if set -q _AKARI_OLD_PATH
        set -gx PATH $_AKARI_OLD_PATH
        set -e _AKARI_OLD_PATH
    end
    if set -q _AKARI_OLD_PYTHONHOME
        set -gx PYTHONHOME $_AKARI_OLD_PYTHONHOME
        set -e _AKARI_OLD_PYTHONHOME
    end
    if functions -q _akari_old_fish_prompt
        functions -e fish_prompt
        functions -c _akari_old_fish_prompt fish_prompt
        functions -e _akari_old_fish_prompt
    end
    set -e VIRTUAL_ENV
    set -e VIRTUAL_ENV_PROMPT
    if test "$argv[1]" != "keep-function"
        functions -e deactivate
        functions -e _akari_return
    end
end

# Leave whatever Akari environment is active first.
deactivate keep-function

set -gx VIRTUAL_ENV %1
set -gx VIRTUAL_ENV_PROMPT %3
set -gx _AKARI_OLD_PATH $PATH
set -gx PATH "$VIRTUAL_ENV/%2" $PATH

if set -q PYTHONHOME
    set -gx _AKARI_OLD_PYTHONHOME $PYTHONHOME
    set -e PYTHONHOME
end

# Sets $status for the prompt that follows.
function _akari_return
    return $argv[1]
end

if test -z "$VIRTUAL_ENV_DISABLE_PROMPT"; and functions -q fish_prompt
    functions -c fish_prompt _akari_old_fish_prompt
    function fish_prompt
        set -l last_status $status
        printf '(%s) ' $VIRTUAL_ENV_PROMPT
        _akari_return $last_status
        _akari_old_fish_prompt
    end
end
)FISH"_s.arg(ActivationScripts::fishQuoted(root), bin, ActivationScripts::fishQuoted(prompt));
}

// csh runs an alias as one line; `test $?name != 0 && ...` guards each saved value.
QString cshScript(const QString &root, const QString &bin, const QString &prompt)
{
    return uR"CSH(# Activates this virtual environment (made by Akari) in csh or tcsh:
#     source <environment>/%2/activate.csh
# "deactivate" leaves it again.

alias deactivate 'test $?_akari_old_path != 0 && setenv PATH "$_akari_old_path" && unset _akari_old_path; test $?_akari_old_prompt != 0 && set prompt="$_akari_old_prompt" && unset _akari_old_prompt; unsetenv VIRTUAL_ENV; unsetenv VIRTUAL_ENV_PROMPT; rehash; test "\!:*" != "keep-function" && unalias deactivate'

# Leave whatever Akari environment is active first.
deactivate keep-function

setenv VIRTUAL_ENV %1
setenv VIRTUAL_ENV_PROMPT %3
set _akari_old_path="$PATH"
setenv PATH "${VIRTUAL_ENV}/%2:${PATH}"

if (! $?VIRTUAL_ENV_DISABLE_PROMPT) then
    if ($?prompt) then
        set _akari_old_prompt="$prompt"
        set prompt="(${VIRTUAL_ENV_PROMPT}) $prompt"
    endif
endif

rehash
)CSH"_s.arg(cshQuoted(root), bin, cshQuoted(prompt));
}

QString powerShellScript(const QString &root, const QString &bin, const QString &prompt)
{
    return uR"PS1(# Activates this virtual environment (made by Akari) in PowerShell:
#     . <environment>/%2/Activate.ps1
# "deactivate" leaves it again.

function global:deactivate([switch] $KeepFunction) {
    if (Test-Path variable:global:_AkariOldPath) {
        $env:PATH = $global:_AkariOldPath
        Remove-Variable -Name _AkariOldPath -Scope Global
    }
    if (Test-Path variable:global:_AkariOldPythonHome) {
        $env:PYTHONHOME = $global:_AkariOldPythonHome
        Remove-Variable -Name _AkariOldPythonHome -Scope Global
    }
    if (Test-Path function:global:_AkariOldPrompt) {
        Copy-Item -Path function:global:_AkariOldPrompt -Destination function:global:prompt
        Remove-Item -Path function:global:_AkariOldPrompt
    }
    if (Test-Path env:VIRTUAL_ENV) { Remove-Item -Path env:VIRTUAL_ENV }
    if (Test-Path env:VIRTUAL_ENV_PROMPT) { Remove-Item -Path env:VIRTUAL_ENV_PROMPT }
    if (-not $KeepFunction) { Remove-Item -Path function:global:deactivate }
}

# Leave whatever Akari environment is active first.
deactivate -KeepFunction

$env:VIRTUAL_ENV = %1
$env:VIRTUAL_ENV_PROMPT = %3
$global:_AkariOldPath = $env:PATH
$env:PATH = (Join-Path -Path $env:VIRTUAL_ENV -ChildPath '%2') + [System.IO.Path]::PathSeparator + $env:PATH

if (Test-Path env:PYTHONHOME) {
    $global:_AkariOldPythonHome = $env:PYTHONHOME
    Remove-Item -Path env:PYTHONHOME
}

if (-not $env:VIRTUAL_ENV_DISABLE_PROMPT) {
    Copy-Item -Path function:global:prompt -Destination function:global:_AkariOldPrompt
    function global:prompt {
        Write-Host -NoNewline "($env:VIRTUAL_ENV_PROMPT) "
        & _AkariOldPrompt
    }
}
)PS1"_s.arg(ActivationScripts::powerShellQuoted(root), bin, ActivationScripts::powerShellQuoted(prompt));
}

} // namespace

QString ActivationScripts::shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString ActivationScripts::fishQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\\', u"\\\\"_s);
    quoted.replace(u'\'', u"\\'"_s);
    return u'\'' + quoted + u'\'';
}

QString ActivationScripts::powerShellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"''"_s);
    return u'\'' + quoted + u'\'';
}

QList<ActivationScripts::Script> ActivationScripts::forLayout(const EnvironmentLayout &layout, const QString &prompt)
{
    const QString bin = scriptsFolder(layout);
    QString root = layout.finalRoot.isEmpty() ? layout.root : layout.finalRoot;
    QString powerShellRoot = root;
    if (layout.os == TargetPlatform::Os::Windows)
        powerShellRoot.replace(u'/', u'\\');
    return {
        {u"activate"_s, posixScript(root, bin, prompt).toUtf8()},
        {u"activate.fish"_s, fishScript(root, bin, prompt).toUtf8()},
        {u"activate.csh"_s, cshScript(root, bin, prompt).toUtf8()},
        {u"Activate.ps1"_s, powerShellScript(powerShellRoot, bin, prompt).toUtf8()},
    };
}

} // namespace Akari
