#pragma once

// The test TLS identity tst_clientengine and tst_check serve https with.
// A self-signed certificate for a name that is not 127.0.0.1: every check a client makes fails.
// (EC P-256, valid for 100 years; made with openssl req -x509 for this test only.)
inline constexpr char kTestKey[] = "-----BEGIN PRIVATE KEY-----\n"
                                   "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg0ITpvD1YjKoIicG4\n"
                                   "wqXbIHju4Le17VTrPflegth4A82hRANCAARAH2Rtjxig75LkW2H2LgQr8zEGbGbG\n"
                                   "aFIoBxBZBn19zPYO6eVleqJgBYCXxbKMItHik7to9U/4ndvF6Gnvm4VU\n"
                                   "-----END PRIVATE KEY-----\n";
inline constexpr char kTestCertificate[] =
    "-----BEGIN CERTIFICATE-----\n"
    "MIIBlDCCATugAwIBAgIUayDbRcIMWcTZ/E7haCh47LfONMIwCgYIKoZIzj0EAwIw\n"
    "HzEdMBsGA1UEAwwUYXV0aGxhYi10ZXN0LmludmFsaWQwIBcNMjYxMTMwMDUxMzM1\n"
    "WhgPMjEyNjExMDYwNTEzMzVaMB8xHTAbBgNVBAMMFGF1dGhsYWItdGVzdC5pbnZh\n"
    "bGlkMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEQB9kbY8YoO+S5Fth9i4EK/Mx\n"
    "BmxmxmhSKAcQWQZ9fcz2DunlZXqiYAWAl8WyjCLR4pO7aPVP+J3bxehp75uFVKNT\n"
    "MFEwHQYDVR0OBBYEFHu6QMdKZDZG24QIivq/+TXILDQhMB8GA1UdIwQYMBaAFHu6\n"
    "QMdKZDZG24QIivq/+TXILDQhMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwID\n"
    "RwAwRAIgDogT35Hif6WZmIyBDf9ElyFXMUp1a4FJdT99frpv3q0CIET/5aZX3CQt\n"
    "uHgS+Bp3oL6eiydxglXEeDEnPf9gUyO2\n"
    "-----END CERTIFICATE-----\n";
