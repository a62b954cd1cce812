#include "auth/challenges.h"

#include "auth/syntax.h"
#include "http/http.h"

namespace authlab::challenges {

namespace {
void skipOws(QByteArrayView v, qsizetype &i)
{
    while (i < v.size() && (v[i] == ' ' || v[i] == '\t'))
        ++i;
}

bool isToken68Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
}

// auth-param = token BWS "=" BWS ( token / quoted-string ); on failure i is unspecified.
bool readParameter(QByteArrayView v, qsizetype &i, QByteArray &name, QByteArray &value,
                   bool *quoted = nullptr)
{
    const qsizetype start = i;
    while (i < v.size() && syntax::isTchar(v[i]))
        ++i;
    if (i == start)
        return false;
    name = v.sliced(start, i - start).toByteArray().toLower();
    skipOws(v, i);
    if (i >= v.size() || v[i] != '=')
        return false;
    ++i;
    skipOws(v, i);
    value.clear();
    if (quoted)
        *quoted = i < v.size() && v[i] == '"';
    if (i < v.size() && v[i] == '"') {
        ++i;
        while (i < v.size() && v[i] != '"') {
            if (v[i] == '\\') {
                if (++i >= v.size())
                    return false;
            }
            if ((uchar(v[i]) < 0x20 && v[i] != '\t') || v[i] == 0x7f)
                return false;
            value.append(v[i++]);
        }
        if (i >= v.size())
            return false; // unterminated
        ++i;
        return true;
    }
    const qsizetype t = i;
    while (i < v.size() && syntax::isTchar(v[i]))
        ++i;
    if (i == t)
        return false;
    value = v.sliced(t, i - t).toByteArray();
    return true;
}
} // namespace

QByteArray Challenge::parameter(QByteArrayView name) const
{
    for (const auto &[n, v] : parameters) {
        if (http::equalsIgnoreCase(n, name))
            return v;
    }
    return {};
}

bool Challenge::has(QByteArrayView name) const
{
    for (const auto &[n, v] : parameters) {
        if (http::equalsIgnoreCase(n, name))
            return true;
    }
    return false;
}

QList<Challenge> parse(QByteArrayView v)
{
    return parse(v, nullptr);
}

QList<Challenge> parse(QByteArrayView v, bool *complete)
{
    QList<Challenge> out;
    qsizetype i = 0;
    bool quoted = true;
    auto addParameter = [&out, &quoted](const QByteArray &name, const QByteArray &value) {
        out.last().parameters.append({name, value});
        if (!quoted)
            out.last().tokenValued.append(name);
    };
    auto done = [&out, complete](bool whole) {
        if (complete)
            *complete = whole;
        return out;
    };
    while (i < v.size()) {
        skipOws(v, i);
        if (i < v.size() && v[i] == ',') { // empty list elements are allowed (RFC 9110 §5.6.1)
            ++i;
            continue;
        }
        if (i >= v.size())
            return done(true);
        // Each element is a new challenge, "scheme [ 1*SP ( token68 / auth-param ) ]", or one
        // more auth-param of the current one.
        const qsizetype elementStart = i;
        QByteArray name, value;
        if (!out.isEmpty() && out.constLast().token68.isEmpty() &&
            readParameter(v, i, name, value, &quoted)) {
            if (out.last().parameters.size() >= kMaxParameters)
                return done(false);
            addParameter(name, value);
        } else {
            i = elementStart;
            while (i < v.size() && syntax::isTchar(v[i]))
                ++i;
            if (i == elementStart)
                return done(false);
            if (i < v.size() && v[i] != ' ' && v[i] != '\t' && v[i] != ',')
                return done(false); // the token runs into something else: not a scheme
            if (out.size() >= kMaxChallenges)
                return done(false);
            Challenge c;
            c.scheme = v.sliced(elementStart, i - elementStart).toByteArray();
            out.append(c);
            if (i < v.size() && v[i] == ' ') {
                skipOws(v, i);
                qsizetype t = i;
                while (t < v.size() && isToken68Char(v[t]))
                    ++t;
                while (t < v.size() && v[t] == '=')
                    ++t;
                qsizetype after = t;
                skipOws(v, after);
                if (t > i && (after >= v.size() || v[after] == ',')) {
                    out.last().token68 = v.sliced(i, t - i).toByteArray();
                    i = t;
                } else if (i < v.size() && v[i] != ',') {
                    if (!readParameter(v, i, name, value, &quoted))
                        return done(false);
                    addParameter(name, value);
                }
            }
        }
        skipOws(v, i);
        if (i < v.size() && v[i] != ',')
            return done(false); // junk after an element: stop here
    }
    return done(true);
}

QList<Challenge> parse(const QList<QByteArray> &fieldLines)
{
    QList<Challenge> out;
    for (const QByteArray &line : fieldLines) {
        out += parse(line);
        if (out.size() >= kMaxChallenges)
            return out.first(kMaxChallenges);
    }
    return out;
}

Parameters parseParameters(QByteArrayView v)
{
    Parameters out;
    qsizetype i = 0;
    while (i < v.size() && out.size() < kMaxParameters) {
        skipOws(v, i);
        if (i < v.size() && v[i] == ',') {
            ++i;
            continue;
        }
        if (i >= v.size())
            break;
        QByteArray name, value;
        if (!readParameter(v, i, name, value))
            break;
        out.append({name, value});
        skipOws(v, i);
        if (i < v.size() && v[i] != ',')
            break;
    }
    return out;
}

} // namespace authlab::challenges
