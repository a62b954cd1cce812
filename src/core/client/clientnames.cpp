#include "client/clientnames.h"

namespace authlab::clientnames {

namespace {

constexpr IdName<CredentialState> kStates[] = {{CredentialState::Correct, "correct"},
                                               {CredentialState::WrongPassword, "wrong-password"},
                                               {CredentialState::UnknownUser, "unknown-user"},
                                               {CredentialState::Malformed, "malformed"},
                                               {CredentialState::None, "none"}};
constexpr IdName<ClientScheme> kSchemes[] = {{ClientScheme::Basic, "basic"},
                                             {ClientScheme::Bearer, "bearer"},
                                             {ClientScheme::Digest, "digest"},
                                             {ClientScheme::Session, "session"}};
constexpr IdName<basic::Encoding> kEncodings[] = {{basic::Encoding::Utf8, "utf-8"},
                                                  {basic::Encoding::Latin1, "latin-1"}};
constexpr IdName<ClientFlow> kFlows[] = {{ClientFlow::Preemptive, "preemptive"},
                                         {ClientFlow::ChallengeFirst, "challenge-first"}};
constexpr IdName<ProxyCredentials> kProxyCredentials[] = {{ProxyCredentials::SameAsRequest, "same"},
                                                          {ProxyCredentials::None, "none"}};
constexpr IdName<Identity::Kind> kIdentities[] = {{Identity::Kind::Anonymous, "anonymous"},
                                                  {Identity::Kind::ScenarioUser, "user"},
                                                  {Identity::Kind::Custom, "custom"}};

} // namespace

const IdTable<CredentialState> &credentialStates()
{
    static constexpr IdTable<CredentialState> t{kStates};
    return t;
}

const IdTable<ClientScheme> &schemes()
{
    static constexpr IdTable<ClientScheme> t{kSchemes};
    return t;
}

const IdTable<basic::Encoding> &encodings()
{
    static constexpr IdTable<basic::Encoding> t{kEncodings};
    return t;
}

const IdTable<ClientFlow> &flows()
{
    static constexpr IdTable<ClientFlow> t{kFlows};
    return t;
}

const IdTable<ProxyCredentials> &proxyCredentials()
{
    static constexpr IdTable<ProxyCredentials> t{kProxyCredentials};
    return t;
}

const IdTable<Identity::Kind> &identityKinds()
{
    static constexpr IdTable<Identity::Kind> t{kIdentities};
    return t;
}

} // namespace authlab::clientnames
