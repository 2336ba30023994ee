// SPDX-License-Identifier: GPL-3.0-or-later
#include "netrcfile.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/// Splits netrc text into tokens, counting lines; never fails.
class NetrcTokenizer
{
public:
    explicit NetrcTokenizer(QByteArrayView text)
        : m_text(text)
    {}

    struct Token
    {
        QByteArray text;
        int line = 0;
        bool quoted = false;
    };

    /// The next token, or nullopt at the end. With \a commentsAllowed a token starting with an
    /// unquoted `#` skips the rest of its line (a value such as a password may start with `#`).
    std::optional<Token> next(bool commentsAllowed)
    {
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size())
                return std::nullopt;
            if (commentsAllowed && m_text[m_pos] == '#') {
                skipLine();
                continue;
            }
            return m_text[m_pos] == '"' ? quoted() : bare();
        }
    }

    /// Skips the rest of the current line, then every line up to and including a blank one
    /// (the body of a `macdef`).
    void skipMacro()
    {
        skipLine();
        while (m_pos < m_text.size()) {
            const qsizetype start = m_pos;
            skipLine();
            bool blank = true;
            for (qsizetype i = start; i < m_pos; ++i)
                blank = blank && isSpace(m_text[i]);
            if (blank)
                return;
        }
    }

    [[nodiscard]] int line() const { return m_line; }

private:
    void advance()
    {
        if (m_text[m_pos] == '\n')
            ++m_line;
        ++m_pos;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() && isSpace(m_text[m_pos]))
            advance();
    }

    void skipLine()
    {
        while (m_pos < m_text.size() && m_text[m_pos] != '\n')
            ++m_pos;
        if (m_pos < m_text.size())
            advance();
    }

    Token bare()
    {
        Token token{{}, m_line, false};
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && !isSpace(m_text[m_pos]))
            ++m_pos;
        token.text = m_text.sliced(start, m_pos - start).toByteArray();
        return token;
    }

    // "..." with backslash escaping the next character (Python's and curl's `\"`, `\\`).
    Token quoted()
    {
        Token token{{}, m_line, true};
        ++m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != '"') {
            if (m_text[m_pos] == '\\' && m_pos + 1 < m_text.size())
                ++m_pos;
            token.text.append(m_text[m_pos]);
            advance();
        }
        if (m_pos < m_text.size())
            ++m_pos; // the closing quote
        return token;
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};
} // namespace

Result<NetrcFile> NetrcFile::parse(QByteArrayView text, const QString &fileName)
{
    NetrcFile netrc;
    NetrcTokenizer tokens(text);
    // The entry being read; Target::None before the first machine and after a macdef.
    HttpCredentials current;
    enum class Target : quint8
    {
        None,
        Machine,
        Default,
    } target = Target::None;
    QString host;

    const auto finish = [&] {
        if (target == Target::Machine) {
            const bool known =
                std::ranges::any_of(netrc.m_machines, [&host](const auto &m) { return m.first == host; });
            if (!known) // the first entry for a host wins
                netrc.m_machines.append({host, current});
        } else if (target == Target::Default && !netrc.m_default) {
            netrc.m_default = current;
        }
        target = Target::None;
        current = {};
    };
    const auto valueOf = [&](const NetrcTokenizer::Token &keyword) -> Result<QByteArray> {
        const std::optional<NetrcTokenizer::Token> value = tokens.next(false);
        if (!value)
            return fail(Error(Error::Code::Parse,
                              tr("The netrc keyword “%1” on line %2 has no value.")
                                  .arg(QString::fromUtf8(keyword.text))
                                  .arg(keyword.line),
                              fileName, keyword.line));
        return value->text;
    };

    while (const std::optional<NetrcTokenizer::Token> token = tokens.next(true)) {
        const QByteArray &word = token->quoted ? QByteArray() : token->text;
        if (word == "machine") {
            finish();
            const Result<QByteArray> name = valueOf(*token);
            if (!name)
                return fail(name.error());
            host = QString::fromUtf8(*name).toLower();
            target = Target::Machine;
        } else if (word == "default") {
            finish();
            target = Target::Default;
        } else if (word == "login" || word == "password" || word == "account") {
            const Result<QByteArray> value = valueOf(*token);
            if (!value)
                return fail(value.error());
            if (word == "login")
                current.username = QString::fromUtf8(*value);
            else if (word == "password")
                current.password = QString::fromUtf8(*value);
        } else if (word == "macdef") {
            finish();
            const Result<QByteArray> name = valueOf(*token);
            if (!name)
                return fail(name.error());
            tokens.skipMacro();
        }
        // Anything else is an unknown token: skipped, as curl does.
    }
    finish();
    return netrc;
}

Result<NetrcFile> NetrcFile::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return NetrcFile();
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error(Error::Code::Io, tr("Cannot read the netrc file: %1").arg(file.errorString()), path));
    return parse(file.readAll(), path);
}

QString NetrcFile::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("NETRC");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString home = QDir::homePath();
    const QString dotted = home + u"/.netrc"_s;
#ifdef Q_OS_WIN
    // curl's rule on Windows: _netrc when .netrc does not exist.
    if (!QFileInfo::exists(dotted) && QFileInfo::exists(home + u"/_netrc"_s))
        return home + u"/_netrc"_s;
#endif
    return dotted;
}

std::optional<HttpCredentials> NetrcFile::credentialsFor(const QString &host) const
{
    const QString wanted = host.toLower();
    for (const auto &[name, credentials] : m_machines) {
        if (name == wanted) // an entry without login or password means "none for this host"
            return credentials.isEmpty() ? std::nullopt : std::optional(credentials);
    }
    if (m_default && !m_default->isEmpty())
        return m_default;
    return std::nullopt;
}

} // namespace Akari
