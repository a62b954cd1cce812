#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

// The client's reading of WWW-Authenticate / Proxy-Authenticate (RFC 9110 §11.3, §11.6.1) and
// Authentication-Info (RFC 9110 §11.6.3, RFC 7616 §3.5): every challenge of every field line,
// with its parameters. Bounded: at most kMaxChallenges challenges of kMaxParameters parameters each.
namespace authlab::challenges {

inline constexpr int kMaxChallenges = 32;
inline constexpr int kMaxParameters = 32;

using Parameters = QList<std::pair<QByteArray, QByteArray>>; // names lower-cased, values unquoted

struct Challenge
{
    QByteArray scheme; // as sent (compare case-insensitively)
    QByteArray token68;
    Parameters parameters;
    // The parameters whose value came as a token, not a quoted-string (lower-cased names): a
    // checker's question, since realm MUST be quoted (RFC 9110 §11.5) and others need not be.
    QList<QByteArray> tokenValued;

    QByteArray parameter(QByteArrayView name) const; // empty if absent
    bool has(QByteArrayView name) const;
};

// One field value: a comma-separated list of challenges (quoted strings may hold commas).
// Stops at the first thing that is not valid syntax; what came before is kept.
QList<Challenge> parse(QByteArrayView fieldValue);
// The same; *complete says whether the whole value was read (false: it stopped at something that
// is not valid syntax, or at the bounds).
QList<Challenge> parse(QByteArrayView fieldValue, bool *complete);
// Every field line in order (several lines are one list, RFC 9110 §5.3).
QList<Challenge> parse(const QList<QByteArray> &fieldLines);
// #auth-param (Authentication-Info). Stops at the first invalid element.
Parameters parseParameters(QByteArrayView fieldValue);

} // namespace authlab::challenges
