#pragma once

#include "client/clientrequest.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <span>

namespace authlab {

// One value of an enum and its id in files and JSON ("wrong-password"): the ids are an
// interface (scenario files' "client", lesson files, `authlab matrix --json`) and never translated.
template<typename E> struct IdName
{
    E value;
    const char *id;
};

// The ids of one enum, in the order they are offered.
template<typename E> class IdTable
{
public:
    constexpr explicit IdTable(std::span<const IdName<E>> entries) : m_entries(entries) {}

    // The id of a value (the first entry's for a value the table lacks).
    QString id(E value) const
    {
        for (const IdName<E> &n : m_entries) {
            if (n.value == value)
                return QLatin1String(n.id);
        }
        return QLatin1String(m_entries.front().id);
    }
    // The value of an id; nothing for an id the table lacks.
    std::optional<E> value(QStringView id) const
    {
        for (const IdName<E> &n : m_entries) {
            if (id == QLatin1String(n.id))
                return n.value;
        }
        return std::nullopt;
    }
    QStringList ids() const
    {
        QStringList out;
        for (const IdName<E> &n : m_entries)
            out.append(QLatin1String(n.id));
        return out;
    }

private:
    std::span<const IdName<E>> m_entries;
};

// One table per setting of the client (client/clientrequest.h).
namespace clientnames {
extern const IdTable<CredentialState>
    credentialStates;                            // correct, wrong-password, unknown-user, malformed, none
extern const IdTable<ClientScheme> schemes;      // basic, bearer, digest, session
extern const IdTable<basic::Encoding> encodings; // utf-8, latin-1
extern const IdTable<ClientFlow> flows;          // preemptive, challenge-first
extern const IdTable<ProxyCredentials> proxyCredentials; // same, none
extern const IdTable<Identity::Kind> identityKinds;      // anonymous, user, custom
} // namespace clientnames

} // namespace authlab
