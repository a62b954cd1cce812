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

constexpr IdTable<CredentialState> credentialStates{kStates};
constexpr IdTable<ClientScheme> schemes{kSchemes};
constexpr IdTable<basic::Encoding> encodings{kEncodings};
constexpr IdTable<ClientFlow> flows{kFlows};
constexpr IdTable<ProxyCredentials> proxyCredentials{kProxyCredentials};
constexpr IdTable<Identity::Kind> identityKinds{kIdentities};

} // namespace authlab::clientnames
