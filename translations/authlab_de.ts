<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ClientPane</name>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>http://127.0.0.1:PORT/path — any http or https URL</source>
        <translation>http://127.0.0.1:PORT/pfad — beliebige http- oder https-URL</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Pick a resource of the scenario</source>
        <translation>Eine Ressource des Szenarios wählen</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the request and the watched requests now (Ctrl+Return)</source>
        <translation>Die Anfrage und die beobachteten Anfragen jetzt senden (Strg+Return)</translation>
    </message>
    <message>
        <source>Who is asking</source>
        <translation>Wer fragt an</translation>
    </message>
    <message>
        <source>&amp;Identity:</source>
        <translation>&amp;Identität:</translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation>&amp;Zugangsdaten:</translation>
    </message>
    <message>
        <source>User-id, password:</source>
        <translation>Benutzer-ID, Passwort:</translation>
    </message>
    <message>
        <source>Custom user-id</source>
        <translation>Eigene Benutzer-ID</translation>
    </message>
    <message>
        <source>user-id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Custom password or token</source>
        <translation>Eigenes Passwort oder Token</translation>
    </message>
    <message>
        <source>password (or bearer token)</source>
        <translation>Passwort (oder Bearer-Token)</translation>
    </message>
    <message>
        <source>Sc&amp;heme:</source>
        <translation>Sche&amp;ma:</translation>
    </message>
    <message>
        <source>Encoding of Basic credentials</source>
        <translation>Kodierung der Basic-Zugangsdaten</translation>
    </message>
    <message>
        <source>How user-id:password become bytes before base64 (RFC 7617 §2.1)</source>
        <translation>Wie user-id:password vor Base64 zu Bytes wird (RFC 7617 §2.1)</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>C&amp;lient:</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Gruppen:</translation>
    </message>
    <message>
        <source>Group membership of the chosen user</source>
        <translation>Gruppenmitgliedschaft des gewählten Benutzers</translation>
    </message>
    <message>
        <source>Watched requests (re-sent on every change)</source>
        <translation>Beobachtete Anfragen (bei jeder Änderung neu gesendet)</translation>
    </message>
    <message>
        <source>Watched requests</source>
        <translation>Beobachtete Anfragen</translation>
    </message>
    <message>
        <source>&amp;Watch this URL</source>
        <translation>URL &amp;beobachten</translation>
    </message>
    <message>
        <source>Add the request&apos;s path to the watch list</source>
        <translation>Den Pfad der Anfrage zur Beobachtungsliste hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected watched request</source>
        <translation>Die ausgewählte beobachtete Anfrage entfernen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>AuthLab</source>
        <translation>AuthLab</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Anfrage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>Szenario ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Save scenario as…</source>
        <translation>Szenario speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>Jetzt &amp;senden</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Live: re-send on every change</source>
        <translation>&amp;Live: bei jeder Änderung neu senden</translation>
    </message>
    <message>
        <source>&amp;About AuthLab</source>
        <translation>&amp;Über AuthLab</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Response header fields</source>
        <translation>Header-Felder der Antwort</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Raw bytes</source>
        <translation>Rohdaten</translation>
    </message>
    <message>
        <source>Raw request bytes</source>
        <translation>Rohdaten der Anfrage</translation>
    </message>
    <message>
        <source>Raw response bytes</source>
        <translation>Rohdaten der Antwort</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Austausch</translation>
    </message>
    <message>
        <source>Every leg of the exchange</source>
        <translation>Alle Schritte des Austauschs</translation>
    </message>
    <message>
        <source>Server&apos;s reasons</source>
        <translation>Gründe des Servers</translation>
    </message>
    <message>
        <source>Decision trace of this response</source>
        <translation>Entscheidungsprotokoll dieser Antwort</translation>
    </message>
</context>
<context>
    <name>ServerPane</name>
    <message>
        <source>Users and groups (tick to change membership)</source>
        <translation>Benutzer und Gruppen (Haken ändert die Mitgliedschaft)</translation>
    </message>
    <message>
        <source>Users and their groups</source>
        <translation>Benutzer und ihre Gruppen</translation>
    </message>
    <message>
        <source>Resources (double-click to request one)</source>
        <translation>Ressourcen (Doppelklick fordert eine an)</translation>
    </message>
    <message>
        <source>Resources and their rules</source>
        <translation>Ressourcen und ihre Regeln</translation>
    </message>
    <message>
        <source>Exchange log</source>
        <translation>Austauschprotokoll</translation>
    </message>
    <message>
        <source>Filter the exchange log</source>
        <translation>Austauschprotokoll filtern</translation>
    </message>
    <message>
        <source>Filter: path, status, user, reason…</source>
        <translation>Filtern: Pfad, Status, Benutzer, Grund…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Lee&amp;ren</translation>
    </message>
    <message>
        <source>Decision trace of the selected exchange</source>
        <translation>Entscheidungsprotokoll des ausgewählten Austauschs</translation>
    </message>
    <message>
        <source>Decision trace</source>
        <translation>Entscheidungsprotokoll</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Behalten:</translation>
    </message>
    <message>
        <source>Rows the log keeps</source>
        <translation>Zeilen, die das Protokoll behält</translation>
    </message>
    <message>
        <source>The log keeps at most this many rows; older ones are dropped and counted</source>
        <translation>Das Protokoll behält höchstens so viele Zeilen; ältere werden verworfen und gezählt</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> Zeilen</translation>
    </message>
</context>
<context>
    <name>authlab::CredentialBuilder</name>
    <message>
        <source>correct</source>
        <translation>korrekt</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>falsches Passwort</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>unbekannter Benutzer</translation>
    </message>
    <message>
        <source>malformed header</source>
        <translation>fehlerhafter Header</translation>
    </message>
    <message>
        <source>none sent</source>
        <translation>keine gesendet</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>%1 (custom)</source>
        <translation>%1 (benutzerdefiniert)</translation>
    </message>
    <message>
        <source>No credentials (anonymous).</source>
        <translation>Keine Zugangsdaten (anonym).</translation>
    </message>
    <message>
        <source>No credentials sent, although %1 is selected.</source>
        <translation>Keine Zugangsdaten gesendet, obwohl %1 ausgewählt ist.</translation>
    </message>
    <message>
        <source>%1 has no bearer token in this scenario; nothing is sent.</source>
        <translation>%1 hat in diesem Szenario kein Bearer-Token; es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Bearer token of %1.</source>
        <translation>Bearer-Token von %1.</translation>
    </message>
    <message>
        <source>A token that looks like %1&apos;s but is not valid.</source>
        <translation>Ein Token, das wie das von %1 aussieht, aber nicht gültig ist.</translation>
    </message>
    <message>
        <source>A token the server does not know.</source>
        <translation>Ein Token, das der Server nicht kennt.</translation>
    </message>
    <message>
        <source>Malformed: two words after Bearer, not one b64token.</source>
        <translation>Fehlerhaft: zwei Wörter nach Bearer statt eines einzigen b64token.</translation>
    </message>
    <message>
        <source>Basic, %1 with the right password.</source>
        <translation>Basic, %1 mit dem richtigen Passwort.</translation>
    </message>
    <message>
        <source>Basic, %1 with a wrong password.</source>
        <translation>Basic, %1 mit einem falschen Passwort.</translation>
    </message>
    <message>
        <source>Basic, a user the server does not know (%1).</source>
        <translation>Basic, ein Benutzer, den der Server nicht kennt (%1).</translation>
    </message>
    <message>
        <source>Malformed: Basic credentials without the colon between user-id and password.</source>
        <translation>Fehlerhaft: Basic-Zugangsdaten ohne den Doppelpunkt zwischen Benutzer-ID und Passwort.</translation>
    </message>
    <message>
        <source>Encoded as UTF-8 (RFC 7617 §2.1).</source>
        <translation>Als UTF-8 kodiert (RFC 7617 §2.1).</translation>
    </message>
    <message>
        <source>Encoded as Latin-1, as Qt and Python requests do.</source>
        <translation>Als Latin-1 kodiert, wie es Qt und Python requests tun.</translation>
    </message>
    <message>
        <source>Latin-1 cannot carry every character of &quot;%1&quot;; those characters were sent as &apos;?&apos;.</source>
        <translation>Latin-1 kann nicht jedes Zeichen von &quot;%1&quot; darstellen; diese Zeichen wurden als &apos;?&apos; gesendet.</translation>
    </message>
</context>
<context>
    <name>authlab::Exchange</name>
    <message>
        <source>%1 (not authenticated)</source>
        <translation>%1 (nicht authentifiziert)</translation>
    </message>
</context>
<context>
    <name>authlab::HeaderHelp</name>
    <message>
        <source>A challenge: how to authenticate for this resource. Every 401 must carry one (RFC 9110 §11.6.1).</source>
        <translation>Eine Challenge: wie man sich für diese Ressource authentifiziert. Jede 401 muss eine enthalten (RFC 9110 §11.6.1).</translation>
    </message>
    <message>
        <source>Offers: %1.</source>
        <translation>Bietet an: %1.</translation>
    </message>
    <message>
        <source>charset=&quot;UTF-8&quot;: send user-id and password as UTF-8 (RFC 7617 §2.1).</source>
        <translation>charset=&quot;UTF-8&quot;: Benutzer-ID und Passwort als UTF-8 senden (RFC 7617 §2.1).</translation>
    </message>
    <message>
        <source>insufficient_scope: the token is valid but lacks a scope (RFC 6750 §3.1).</source>
        <translation>insufficient_scope: Das Token ist gültig, aber ihm fehlt ein Scope (RFC 6750 §3.1).</translation>
    </message>
    <message>
        <source>invalid_token: the token is unknown, expired or revoked (RFC 6750 §3.1).</source>
        <translation>invalid_token: Das Token ist unbekannt, abgelaufen oder widerrufen (RFC 6750 §3.1).</translation>
    </message>
    <message>
        <source>invalid_request: the request itself is malformed (RFC 6750 §3.1).</source>
        <translation>invalid_request: Die Anfrage selbst ist fehlerhaft (RFC 6750 §3.1).</translation>
    </message>
    <message>
        <source>Credentials, Basic scheme: base64 of user-id:password. Base64 is an encoding, not encryption: anyone who sees this header has the password (RFC 7617 §4).</source>
        <translation>Zugangsdaten, Schema Basic: Base64 von user-id:password. Base64 ist eine Kodierung, keine Verschlüsselung: Wer diesen Header sieht, kennt das Passwort (RFC 7617 §4).</translation>
    </message>
    <message>
        <source>Credentials, Bearer scheme: whoever holds the token may use it (RFC 6750 §2.1).</source>
        <translation>Zugangsdaten, Schema Bearer: Wer das Token besitzt, darf es verwenden (RFC 6750 §2.1).</translation>
    </message>
    <message>
        <source>Credentials for the origin server (RFC 9110 §11.6.2).</source>
        <translation>Zugangsdaten für den Ursprungsserver (RFC 9110 §11.6.2).</translation>
    </message>
    <message>
        <source>no-store: no cache may keep this answer, because it depends on who asked (RFC 9111 §5.2.2.5).</source>
        <translation>no-store: Kein Cache darf diese Antwort speichern, weil sie davon abhängt, wer gefragt hat (RFC 9111 §5.2.2.5).</translation>
    </message>
    <message>
        <source>private: only the user&apos;s own cache may keep this answer (RFC 9111 §5.2.2.7).</source>
        <translation>private: Nur der eigene Cache des Benutzers darf diese Antwort speichern (RFC 9111 §5.2.2.7).</translation>
    </message>
    <message>
        <source>Caching instructions (RFC 9111 §5.2).</source>
        <translation>Anweisungen für Caches (RFC 9111 §5.2).</translation>
    </message>
    <message>
        <source>Caches must keep separate answers per value of these request fields (RFC 9110 §12.5.5).</source>
        <translation>Caches müssen für jeden Wert dieser Anfrage-Header-Felder eine eigene Antwort speichern (RFC 9110 §12.5.5).</translation>
    </message>
    <message>
        <source>Where to go next: with 3xx, the user agent may follow it automatically (RFC 9110 §10.2.2).</source>
        <translation>Wohin es weitergeht: Bei 3xx darf der User-Agent automatisch folgen (RFC 9110 §10.2.2).</translation>
    </message>
    <message>
        <source>A challenge from a proxy; it comes with 407 (RFC 9110 §11.7.1).</source>
        <translation>Eine Challenge von einem Proxy; sie kommt mit 407 (RFC 9110 §11.7.1).</translation>
    </message>
    <message>
        <source>Credentials for the next proxy, not for the origin server (RFC 9110 §11.7.2).</source>
        <translation>Zugangsdaten für den nächsten Proxy, nicht für den Ursprungsserver (RFC 9110 §11.7.2).</translation>
    </message>
    <message>
        <source>Echo of the request&apos;s identifier; AuthLab uses it to match its client&apos;s request with the server&apos;s record.</source>
        <translation>Echo der Kennung der Anfrage; AuthLab ordnet damit die Anfrage seines Clients dem Eintrag des Servers zu.</translation>
    </message>
    <message>
        <source>An identifier AuthLab adds to match this request with the server&apos;s record.</source>
        <translation>Eine Kennung, die AuthLab hinzufügt, um diese Anfrage dem Eintrag des Servers zuzuordnen.</translation>
    </message>
    <message>
        <source>A problem details document: status, title and detail as JSON (RFC 9457).</source>
        <translation>Ein Problem-Details-Dokument: status, title und detail als JSON (RFC 9457).</translation>
    </message>
    <message>
        <source>The media type of the content (RFC 9110 §8.3).</source>
        <translation>Der Medientyp des Inhalts (RFC 9110 §8.3).</translation>
    </message>
    <message>
        <source>The connection closes after this message (RFC 9112 §9.6).</source>
        <translation>Die Verbindung wird nach dieser Nachricht geschlossen (RFC 9112 §9.6).</translation>
    </message>
    <message>
        <source>How long to wait before trying again (RFC 9110 §10.2.3).</source>
        <translation>Wie lange vor einem erneuten Versuch zu warten ist (RFC 9110 §10.2.3).</translation>
    </message>
</context>
<context>
    <name>authlab::Rules</name>
    <message>
        <source>The request line and header fields parse as HTTP/1.1 within the limits.</source>
        <translation>Anfragezeile und Header-Felder sind gültiges HTTP/1.1 und bleiben innerhalb der Grenzen.</translation>
    </message>
    <message>
        <source>The bytes are not a valid HTTP/1.1 request (%1): malformed syntax gets 400 Bad Request.</source>
        <translation>Die Bytes sind keine gültige HTTP/1.1-Anfrage (%1): Fehlerhafte Syntax ergibt 400 Bad Request.</translation>
    </message>
    <message>
        <source>The request line and header fields exceed %1 bytes: 431, and the connection is closed.</source>
        <translation>Anfragezeile und Header-Felder überschreiten %1 Bytes: 431, und die Verbindung wird geschlossen.</translation>
    </message>
    <message>
        <source>The request has more than %1 header fields: 431, and the connection is closed.</source>
        <translation>Die Anfrage hat mehr als %1 Header-Felder: 431, und die Verbindung wird geschlossen.</translation>
    </message>
    <message>
        <source>The request content is larger than %1 bytes: 413 Content Too Large.</source>
        <translation>Der Inhalt der Anfrage ist größer als %1 Bytes: 413 Content Too Large.</translation>
    </message>
    <message>
        <source>No complete header block arrived within %1 ms: 408, and the connection is closed.</source>
        <translation>Innerhalb von %1 ms kam kein vollständiger Header-Block an: 408, und die Verbindung wird geschlossen.</translation>
    </message>
    <message>
        <source>All %1 connection slots are busy with requests in progress: 503 with Retry-After.</source>
        <translation>Alle %1 Verbindungsplätze sind mit laufenden Anfragen belegt: 503 mit Retry-After.</translation>
    </message>
    <message>
        <source>The target %1 names the resource %2.</source>
        <translation>Das Ziel %1 bezeichnet die Ressource %2.</translation>
    </message>
    <message>
        <source>No resource matches %1: 404 Not Found.</source>
        <translation>Keine Ressource passt zu %1: 404 Not Found.</translation>
    </message>
    <message>
        <source>The resource accepts requests from any address.</source>
        <translation>Die Ressource nimmt Anfragen von jeder Adresse an.</translation>
    </message>
    <message>
        <source>The client address %1 is inside %2.</source>
        <translation>Die Client-Adresse %1 liegt in %2.</translation>
    </message>
    <message>
        <source>The client address %1 is outside %2: 403. Credentials would not change this, so no challenge is sent.</source>
        <translation>Die Client-Adresse %1 liegt außerhalb von %2: 403. Zugangsdaten würden daran nichts ändern, daher wird keine Challenge gesendet.</translation>
    </message>
    <message>
        <source>The resource is public: credentials, if any, are not examined.</source>
        <translation>Die Ressource ist öffentlich: Eventuelle Zugangsdaten werden nicht geprüft.</translation>
    </message>
    <message>
        <source>The request carries no Authorization header field: 401 with a challenge says how to authenticate.</source>
        <translation>Die Anfrage enthält kein Header-Feld Authorization: 401 mit einer Challenge sagt, wie man sich authentifiziert.</translation>
    </message>
    <message>
        <source>The request has %1 Authorization field lines; the field is a singleton, so the request is malformed: 400.</source>
        <translation>Die Anfrage hat %1 Authorization-Feldzeilen; das Feld darf nur einmal vorkommen, also ist die Anfrage fehlerhaft: 400.</translation>
    </message>
    <message>
        <source>The Authorization field uses the scheme &quot;%1&quot;, which this resource does not accept (%2): treated as no credentials, 401.</source>
        <translation>Das Feld Authorization verwendet das Schema &quot;%1&quot;, das diese Ressource nicht akzeptiert (%2): wie fehlende Zugangsdaten behandelt, 401.</translation>
    </message>
    <message>
        <source>The Authorization field uses the %1 scheme (scheme names are case-insensitive).</source>
        <translation>Das Feld Authorization verwendet das Schema %1 (bei Schemanamen spielt Groß-/Kleinschreibung keine Rolle).</translation>
    </message>
    <message>
        <source>This resource only accepts %1, which this version of AuthLab does not implement yet: 501.</source>
        <translation>Diese Ressource akzeptiert nur %1, was diese AuthLab-Version noch nicht implementiert: 501.</translation>
    </message>
    <message>
        <source>The Authorization field does not match the credentials grammar (a scheme token, a space, then token68 or parameters): malformed, 400.</source>
        <translation>Das Feld Authorization entspricht nicht der Grammatik für Zugangsdaten (ein Schema-Token, ein Leerzeichen, dann token68 oder Parameter): fehlerhaft, 400.</translation>
    </message>
    <message>
        <source>The Basic credentials decode to user-id &quot;%1&quot; and a password, split at the first colon.</source>
        <translation>Die Basic-Zugangsdaten ergeben dekodiert die Benutzer-ID &quot;%1&quot; und ein Passwort, getrennt am ersten Doppelpunkt.</translation>
    </message>
    <message>
        <source>The Basic scheme name is not followed by a token68: malformed, 400.</source>
        <translation>Auf den Schemanamen Basic folgt kein token68: fehlerhaft, 400.</translation>
    </message>
    <message>
        <source>The Basic credentials contain characters outside the token68 syntax: malformed, 400.</source>
        <translation>Die Basic-Zugangsdaten enthalten Zeichen außerhalb der token68-Syntax: fehlerhaft, 400.</translation>
    </message>
    <message>
        <source>The Basic credentials are not valid base64: malformed, 400.</source>
        <translation>Die Basic-Zugangsdaten sind kein gültiges Base64: fehlerhaft, 400.</translation>
    </message>
    <message>
        <source>The decoded Basic credentials contain no colon, so there is no user-id:password pair: malformed, 400.</source>
        <translation>Die dekodierten Basic-Zugangsdaten enthalten keinen Doppelpunkt, also gibt es kein Paar user-id:password: fehlerhaft, 400.</translation>
    </message>
    <message>
        <source>The decoded user-id or password contains a control character, which RFC 7617 forbids: malformed, 400.</source>
        <translation>Die dekodierte Benutzer-ID oder das Passwort enthält ein Steuerzeichen, was RFC 7617 verbietet: fehlerhaft, 400.</translation>
    </message>
    <message>
        <source>The user-pass bytes are valid UTF-8, the encoding the challenge&apos;s charset=&quot;UTF-8&quot; asks for.</source>
        <translation>Die user-pass-Bytes sind gültiges UTF-8, die Kodierung, die charset=&quot;UTF-8&quot; in der Challenge verlangt.</translation>
    </message>
    <message>
        <source>The user-pass bytes are not valid UTF-8; they were read as ISO-8859-1 (Latin-1), as Qt and Python requests send non-ASCII text.</source>
        <translation>Die user-pass-Bytes sind kein gültiges UTF-8; sie wurden als ISO-8859-1 (Latin-1) gelesen, so wie Qt und Python requests Nicht-ASCII-Text senden.</translation>
    </message>
    <message>
        <source>%1 is a user of this scenario.</source>
        <translation>%1 ist ein Benutzer dieses Szenarios.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;: 401, byte for byte the same answer as a wrong password, so that user names cannot be probed.</source>
        <translation>Es gibt keinen Benutzer &quot;%1&quot;: 401, Byte für Byte dieselbe Antwort wie bei einem falschen Passwort, damit sich Benutzernamen nicht ausforschen lassen.</translation>
    </message>
    <message>
        <source>The password of %1 is correct (compared in constant time).</source>
        <translation>Das Passwort von %1 ist korrekt (Vergleich in konstanter Zeit).</translation>
    </message>
    <message>
        <source>The password of %1 is wrong: invalid credentials get 401 and the challenge again.</source>
        <translation>Das Passwort von %1 ist falsch: Ungültige Zugangsdaten erhalten 401 und erneut die Challenge.</translation>
    </message>
    <message>
        <source>The bearer token has the b64token syntax.</source>
        <translation>Das Bearer-Token hat die b64token-Syntax.</translation>
    </message>
    <message>
        <source>The Bearer credentials are not a single b64token: error=&quot;invalid_request&quot;, 400.</source>
        <translation>Die Bearer-Zugangsdaten sind kein einzelnes b64token: error=&quot;invalid_request&quot;, 400.</translation>
    </message>
    <message>
        <source>The bearer token belongs to %1 and is valid.</source>
        <translation>Das Bearer-Token gehört %1 und ist gültig.</translation>
    </message>
    <message>
        <source>The bearer token is not known: error=&quot;invalid_token&quot;, 401.</source>
        <translation>Das Bearer-Token ist unbekannt: error=&quot;invalid_token&quot;, 401.</translation>
    </message>
    <message>
        <source>The bearer token of %1 has expired: error=&quot;invalid_token&quot;, 401.</source>
        <translation>Das Bearer-Token von %1 ist abgelaufen: error=&quot;invalid_token&quot;, 401.</translation>
    </message>
    <message>
        <source>Any authenticated user may access this resource.</source>
        <translation>Jeder authentifizierte Benutzer darf auf diese Ressource zugreifen.</translation>
    </message>
    <message>
        <source>%1 is in group %2, which the resource requires.</source>
        <translation>%1 ist in der Gruppe %2, die die Ressource verlangt.</translation>
    </message>
    <message>
        <source>%1 is authenticated but not in %2: valid credentials that are not adequate get 403, not 401.</source>
        <translation>%1 ist authentifiziert, aber nicht in %2: Gültige, aber unzureichende Zugangsdaten erhalten 403, nicht 401.</translation>
    </message>
    <message>
        <source>The token&apos;s scopes include %1.</source>
        <translation>Die Scopes des Tokens umfassen %1.</translation>
    </message>
    <message>
        <source>The token lacks the scope %1: error=&quot;insufficient_scope&quot;, 403 with a challenge.</source>
        <translation>Dem Token fehlt der Scope %1: error=&quot;insufficient_scope&quot;, 403 mit einer Challenge.</translation>
    </message>
    <message>
        <source>The resource is not hidden: its real status is shown.</source>
        <translation>Die Ressource ist nicht verborgen: Ihr tatsächlicher Status wird gezeigt.</translation>
    </message>
    <message>
        <source>The resource is hidden, but this caller may see it.</source>
        <translation>Die Ressource ist verborgen, aber dieser Aufrufer darf sie sehen.</translation>
    </message>
    <message>
        <source>The resource is hidden: instead of %1 the server answers 404, identical to a missing resource, so that its existence is not disclosed.</source>
        <translation>Die Ressource ist verborgen: Statt %1 antwortet der Server mit 404, genau wie bei einer fehlenden Ressource, damit ihre Existenz nicht preisgegeben wird.</translation>
    </message>
    <message>
        <source>Server behaviour: RFC 9110 as written, no deviations.</source>
        <translation>Serververhalten: RFC 9110 wie geschrieben, ohne Abweichungen.</translation>
    </message>
    <message>
        <source>A 401 MUST carry WWW-Authenticate with at least one challenge: %1.</source>
        <translation>Eine 401 MUSS WWW-Authenticate mit mindestens einer Challenge enthalten: %1.</translation>
    </message>
    <message>
        <source>The answer depends on the credentials: Cache-Control: no-store and Vary: Authorization.</source>
        <translation>Die Antwort hängt von den Zugangsdaten ab: Cache-Control: no-store und Vary: Authorization.</translation>
    </message>
    <message>
        <source>Access granted to %1: 200 OK.</source>
        <translation>Zugriff für %1 gewährt: 200 OK.</translation>
    </message>
    <message>
        <source>Public resource served: 200 OK.</source>
        <translation>Öffentliche Ressource ausgeliefert: 200 OK.</translation>
    </message>
    <message>
        <source>Framing and limits</source>
        <translation>Format und Grenzen</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Address rule</source>
        <translation>Adressregel</translation>
    </message>
    <message>
        <source>Credentials present</source>
        <translation>Zugangsdaten vorhanden</translation>
    </message>
    <message>
        <source>Well-formed</source>
        <translation>Wohlgeformt</translation>
    </message>
    <message>
        <source>User known</source>
        <translation>Benutzer bekannt</translation>
    </message>
    <message>
        <source>Secret correct</source>
        <translation>Geheimnis korrekt</translation>
    </message>
    <message>
        <source>Group / scope</source>
        <translation>Gruppe / Scope</translation>
    </message>
    <message>
        <source>Hide policy</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Server behaviour</source>
        <translation>Serververhalten</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <source>The %1 header field makes the request line and header fields exceed %2 bytes: 431 names the field (a server must not just truncate it).</source>
        <translation>Das Header-Feld %1 lässt Anfragezeile und Header-Felder %2 Bytes überschreiten: 431 nennt das Feld (ein Server darf es nicht einfach abschneiden).</translation>
    </message>
</context>
<context>
    <name>authlab::ScenarioIO</name>
    <message>
        <source>unknown field (known fields here: %1)</source>
        <translation>unbekanntes Feld (hier bekannte Felder: %1)</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>muss eine Zeichenkette sein, nicht %1</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>muss true oder false sein, nicht %1</translation>
    </message>
    <message>
        <source>must be an array of strings, not %1</source>
        <translation>muss ein Array von Zeichenketten sein, nicht %1</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>muss ein Array sein, nicht %1</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>muss ein Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>die oberste Ebene muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>muss &quot;%1&quot; sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must be an integer, not %1</source>
        <translation>muss eine ganze Zahl sein, nicht %1</translation>
    </message>
    <message>
        <source>version %1 was written by a newer AuthLab; this one reads up to version %2</source>
        <translation>Version %1 stammt von einem neueren AuthLab; dieses liest bis Version %2</translation>
    </message>
    <message>
        <source>must be 1 or higher</source>
        <translation>muss 1 oder größer sein</translation>
    </message>
    <message>
        <source>must be a non-empty string without control characters</source>
        <translation>muss eine nicht leere Zeichenkette ohne Steuerzeichen sein</translation>
    </message>
    <message>
        <source>unknown behaviour &quot;%1&quot; (known: rfc9110)</source>
        <translation>unbekanntes Verhalten &quot;%1&quot; (bekannt: rfc9110)</translation>
    </message>
    <message>
        <source>must be a non-empty name without control characters</source>
        <translation>muss ein nicht leerer Name ohne Steuerzeichen sein</translation>
    </message>
    <message>
        <source>duplicate group &quot;%1&quot;</source>
        <translation>doppelte Gruppe &quot;%1&quot;</translation>
    </message>
    <message>
        <source>group &quot;%1&quot; does not exist (declare it under &quot;groups&quot;)</source>
        <translation>Gruppe &quot;%1&quot; existiert nicht (unter &quot;groups&quot; deklarieren)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>a user name must not contain a colon: Basic splits user-id and password at the first one (RFC 7617 §2)</source>
        <translation>ein Benutzername darf keinen Doppelpunkt enthalten: Basic trennt Benutzer-ID und Passwort am ersten (RFC 7617 §2)</translation>
    </message>
    <message>
        <source>must not contain control characters (RFC 7617 §2)</source>
        <translation>darf keine Steuerzeichen enthalten (RFC 7617 §2)</translation>
    </message>
    <message>
        <source>duplicate user &quot;%1&quot;</source>
        <translation>doppelter Benutzer &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a b64token (letters, digits, - . _ ~ + / and trailing =), RFC 6750 §2.1</source>
        <translation>muss ein b64token sein (Buchstaben, Ziffern, - . _ ~ + / und abschließende =), RFC 6750 §2.1</translation>
    </message>
    <message>
        <source>the same token is given twice</source>
        <translation>dasselbe Token ist zweimal angegeben</translation>
    </message>
    <message>
        <source>must start with &quot;/&quot;</source>
        <translation>muss mit &quot;/&quot; beginnen</translation>
    </message>
    <message>
        <source>must be &quot;exact&quot; or &quot;prefix&quot;, not &quot;%1&quot;</source>
        <translation>muss &quot;exact&quot; oder &quot;prefix&quot; sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>duplicate resource path &quot;%1&quot;</source>
        <translation>doppelter Ressourcenpfad &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown scheme &quot;%1&quot; (known: basic, bearer, digest, session)</source>
        <translation>unbekanntes Schema &quot;%1&quot; (bekannt: basic, bearer, digest, session)</translation>
    </message>
    <message>
        <source>scheme listed twice</source>
        <translation>Schema doppelt aufgeführt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address or network (e.g. 10.0.0.0/8)</source>
        <translation>&quot;%1&quot; ist keine Adresse und kein Netz (z. B. 10.0.0.0/8)</translation>
    </message>
    <message>
        <source>a public resource (no &quot;auth&quot;) cannot require groups</source>
        <translation>eine öffentliche Ressource (ohne &quot;auth&quot;) kann keine Gruppen verlangen</translation>
    </message>
    <message>
        <source>scopes only apply to the bearer scheme; add &quot;bearer&quot; to &quot;auth&quot;</source>
        <translation>Scopes gelten nur für das Schema bearer; &quot;bearer&quot; zu &quot;auth&quot; hinzufügen</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>a scope is printable ASCII without spaces, &apos;&quot;&apos; or &apos;\&apos; (RFC 6750 §3)</source>
        <translation>ein Scope besteht aus druckbarem ASCII ohne Leerzeichen, &apos;&quot;&apos; oder &apos;\&apos; (RFC 6750 §3)</translation>
    </message>
</context>
<context>
    <name>authlab::cli::Cli</name>
    <message>
        <source>Try &apos;authlab --help&apos;.</source>
        <translation>Weitere Informationen mit &apos;authlab --help&apos;.</translation>
    </message>
    <message>
        <source>authlab: the scenario cannot be used:</source>
        <translation>authlab: Das Szenario kann nicht verwendet werden:</translation>
    </message>
    <message>
        <source>Scenario file (JSON).</source>
        <translation>Szenariodatei (JSON).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse, auf der gelauscht wird (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>Port (default 8080; 0 picks a free one).</source>
        <translation>Port (Standard 8080; 0 wählt einen freien).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>No line per exchange.</source>
        <translation>Keine Zeile pro Austausch.</translation>
    </message>
    <message>
        <source>I/O threads (default 1).</source>
        <translation>I/O-Threads (Standard 1).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535, not &apos;%1&apos;</source>
        <translation>--port muss eine Zahl von 0 bis 65535 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--threads must be a number from 1 to 16, not &apos;%1&apos;</source>
        <translation>--threads muss eine Zahl von 1 bis 16 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--host must be an IP address, not &apos;%1&apos;</source>
        <translation>--host muss eine IP-Adresse sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>authlab serve: cannot listen on %1 port %2: %3</source>
        <translation>authlab serve: Lauschen auf %1 Port %2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>Another program may be using port %1; choose another with --port, or --port 0 for any free port.</source>
        <translation>Vielleicht belegt ein anderes Programm Port %1; wählen Sie mit --port einen anderen oder mit --port 0 einen beliebigen freien Port.</translation>
    </message>
    <message>
        <source>Warning: listening on %1, reachable from other machines. The scenario&apos;s passwords are sent in clear text over plain HTTP.</source>
        <translation>Warnung: Server lauscht auf %1, erreichbar von anderen Rechnern. Die Passwörter des Szenarios werden über einfaches HTTP im Klartext übertragen.</translation>
    </message>
    <message>
        <source>AuthLab serving &quot;%1&quot; on %2</source>
        <translation>AuthLab stellt &quot;%1&quot; auf %2 bereit</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Zum Beenden Strg+C drücken.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>authlab serve: stopped. Requests served: %1.</source>
        <translation>authlab serve: beendet. Bediente Anfragen: %1.</translation>
    </message>
    <message>
        <source>Usage:
  authlab [--scenario FILE] [--lang de|fr|es|en] [--port N]
                                                  start the GUI
  authlab serve [--scenario FILE] [--host ADDR] [--port N] [--threads N] [--quiet]
                                                  headless mock server, one log line per exchange
  authlab --help | --version

serve listens on 127.0.0.1:8080 unless told otherwise (--port 0: any free port); it prints
its URL, then one line per exchange: time, client, method, target, status, user, reason.
Ctrl+C or SIGTERM stops it.

Exit codes: 0 ok; 2 bad arguments or bad scenario; 3 cannot listen (port in use).
</source>
        <translation>Aufruf:
  authlab [--scenario DATEI] [--lang de|fr|es|en] [--port N]
                                                  startet die GUI
  authlab serve [--scenario DATEI] [--host ADRESSE] [--port N] [--threads N] [--quiet]
                                                  Mock-Server ohne GUI, eine Logzeile pro Austausch
  authlab --help | --version

serve lauscht auf 127.0.0.1:8080, sofern nicht anders angegeben (--port 0: ein beliebiger freier
Port); es gibt seine URL aus, dann eine Zeile pro Austausch: Zeit, Client, Methode, Ziel,
Status, Benutzer, Grund. Strg+C oder SIGTERM beendet es.

Exit-Codes: 0 ok; 2 falsche Argumente oder fehlerhaftes Szenario; 3 Lauschen nicht möglich
(Port belegt).
</translation>
    </message>
</context>
<context>
    <name>authlab::gui::ClientPane</name>
    <message>
        <source>Send credentials at once (like curl -u)</source>
        <translation>Zugangsdaten sofort senden (wie curl -u)</translation>
    </message>
    <message>
        <source>Wait for a 401 challenge, then retry (like a browser)</source>
        <translation>Auf 401-Challenge warten, dann erneut senden (wie ein Browser)</translation>
    </message>
    <message>
        <source>anonymous (no credentials)</source>
        <translation>anonym (ohne Zugangsdaten)</translation>
    </message>
    <message>
        <source>custom user-id and password…</source>
        <translation>eigene Benutzer-ID und Passwort…</translation>
    </message>
    <message>
        <source>anonymous belongs to no group</source>
        <translation>Anonyme Benutzer gehören zu keiner Gruppe</translation>
    </message>
    <message>
        <source>a custom identity belongs to no group</source>
        <translation>eine eigene Identität gehört zu keiner Gruppe</translation>
    </message>
    <message>
        <source>%1 is a member of %2</source>
        <translation>%1 ist Mitglied von %2</translation>
    </message>
</context>
<context>
    <name>authlab::gui::ExchangeLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Decisive reason</source>
        <translation>Entscheidender Grund</translation>
    </message>
</context>
<context>
    <name>authlab::gui::GuiApp</name>
    <message>
        <source>Try &apos;authlab --help&apos;.</source>
        <translation>Weitere Informationen mit &apos;authlab --help&apos;.</translation>
    </message>
    <message>
        <source>Scenario file (JSON).</source>
        <translation>Szenariodatei (JSON).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Language: de, fr, es or en.</source>
        <translation>Sprache: de, fr, es oder en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--lang must be de, fr, es or en, not &apos;%1&apos;</source>
        <translation>--lang muss de, fr, es oder en sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>authlab: no display found (DISPLAY and WAYLAND_DISPLAY are not set).
Without a display, run the headless server instead:
    authlab serve [--scenario FILE] [--port N]
and point curl or a browser at the URL it prints.</source>
        <translation>authlab: kein Display gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt).
Starten Sie ohne Display stattdessen den Server ohne GUI:
    authlab serve [--scenario DATEI] [--port N]
und öffnen Sie die ausgegebene URL mit curl oder einem Browser.</translation>
    </message>
    <message>
        <source>The embedded server is not running</source>
        <translation>Der eingebettete Server läuft nicht</translation>
    </message>
    <message>
        <source>The scenario was not opened</source>
        <translation>Das Szenario wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>%1

AuthLab started with its default scenario instead.</source>
        <translation>%1

AuthLab wurde stattdessen mit dem Standardszenario gestartet.</translation>
    </message>
    <message>
        <source>Port of the embedded server (default: any free one).</source>
        <translation>Port des eingebetteten Servers (Standard: ein beliebiger freier).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535, not &apos;%1&apos;</source>
        <translation>--port muss eine Zahl von 0 bis 65535 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Port %1 cannot be used (%2).</source>
        <translation>Port %1 kann nicht verwendet werden (%2).</translation>
    </message>
    <message>
        <source>The embedded server uses another port</source>
        <translation>Der eingebettete Server verwendet einen anderen Port</translation>
    </message>
    <message>
        <source>It listens on %1 instead.</source>
        <translation>Er lauscht stattdessen auf %1.</translation>
    </message>
</context>
<context>
    <name>authlab::gui::HeadersModel</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
</context>
<context>
    <name>authlab::gui::MainWindow</name>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>any free</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Server-Port</translation>
    </message>
    <message>
        <source>Restart on this port</source>
        <translation>Auf diesem Port neu starten</translation>
    </message>
    <message>
        <source>Server listening on &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; (loopback only)</source>
        <translation>Server lauscht auf &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; (nur Loopback)</translation>
    </message>
    <message>
        <source>AuthLab — %1</source>
        <translation>AuthLab — %1</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>Server gestoppt</translation>
    </message>
    <message>
        <source>Server restarted on port %1.</source>
        <translation>Server auf Port %1 neu gestartet.</translation>
    </message>
    <message>
        <source>Cannot use port %1</source>
        <translation>Port %1 nicht verwendbar</translation>
    </message>
    <message>
        <source>The server cannot listen on port %1: %2
It keeps serving on port %3.</source>
        <translation>Der Server kann nicht auf Port %1 lauschen: %2
Er läuft weiter auf Port %3.</translation>
    </message>
    <message>
        <source>The scenario was not opened</source>
        <translation>Das Szenario wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>%1 has problems; the current scenario is unchanged.

%2</source>
        <translation>%1 enthält Fehler; das aktuelle Szenario bleibt unverändert.

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>AuthLab scenarios (*.json);;All files (*)</source>
        <translation>AuthLab-Szenarien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation>Szenario speichern unter</translation>
    </message>
    <message>
        <source>AuthLab scenarios (*.json)</source>
        <translation>AuthLab-Szenarien (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>The scenario was not saved</source>
        <translation>Das Szenario wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>About AuthLab</source>
        <translation>Über AuthLab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AuthLab %1&lt;/h3&gt;&lt;p&gt;Should this request get 401, 403 or 200? Change who asks, their groups and the server&apos;s rules, and watch the answer change — with the reason and the RFC 9110 clause behind it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AuthLab %1&lt;/h3&gt;&lt;p&gt;Bekommt diese Anfrage 401, 403 oder 200? Ändern Sie, wer fragt, dessen Gruppen und die Regeln des Servers, und sehen Sie zu, wie sich die Antwort ändert — mit der Begründung und der Stelle in RFC 9110 dahinter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Requests served: %L1 · open connections: %L2</source>
        <translation>Bediente Anfragen: %L1 · offene Verbindungen: %L2</translation>
    </message>
    <message>
        <source>not logged (too many to show): %L1</source>
        <translation>nicht protokolliert (zu viele zum Anzeigen): %L1</translation>
    </message>
    <message>
        <source>at the connection cap: shed %L1, turned away with 503: %L2</source>
        <translation>an der Verbindungsgrenze: verdrängt %L1, mit 503 abgewiesen: %L2</translation>
    </message>
</context>
<context>
    <name>authlab::gui::ResourcesModel</name>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>scope %1</source>
        <translation>Scope %1</translation>
    </message>
    <message>
        <source>any valid user</source>
        <translation>jeder gültige Benutzer</translation>
    </message>
    <message>
        <source>hidden (404)</source>
        <translation>verborgen (404)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>nur %1</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Requires</source>
        <translation>Erfordert</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>authlab::gui::ResponseView</name>
    <message>
        <source>(retry with credentials, answering the challenge)</source>
        <translation>(erneut mit Zugangsdaten, als Antwort auf die Challenge)</translation>
    </message>
    <message>
        <source>(following the redirect)</source>
        <translation>(folgt der Weiterleitung)</translation>
    </message>
    <message>
        <source>no response: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Waiting for the first answer…</source>
        <translation>Warten auf die erste Antwort…</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 legs: %2 — %3 ms in all</source>
        <translation>%1 Schritte: %2 — insgesamt %3 ms</translation>
    </message>
    <message>
        <source>This server is not AuthLab&apos;s own, so its reasons are unknown.</source>
        <translation>Dies ist nicht AuthLabs eigener Server, daher sind seine Gründe unbekannt.</translation>
    </message>
    <message>
        <source>Exactly the bytes the embedded server received and sent (\r\n shown as text).</source>
        <translation>Genau die Bytes, die der eingebettete Server empfangen und gesendet hat (\r\n als Text dargestellt).</translation>
    </message>
    <message>
        <source>
[… truncated]</source>
        <translation>
[… gekürzt]</translation>
    </message>
    <message>
        <source>Reconstructed: AuthLab sees the wire only for its own server. Qt adds further fields (Host, Connection, Accept-Encoding…) and joins repeated response fields.</source>
        <translation>Rekonstruiert: AuthLab sieht die übertragenen Bytes nur beim eigenen Server. Qt fügt weitere Felder hinzu (Host, Connection, Accept-Encoding…) und fasst wiederholte Antwortfelder zusammen.</translation>
    </message>
</context>
<context>
    <name>authlab::gui::ServerPane</name>
    <message>
        <source>Decision trace of the selected exchange</source>
        <translation>Entscheidungsprotokoll des ausgewählten Austauschs</translation>
    </message>
    <message>
        <source>Decision trace of the newest exchange (select a row to pin one)</source>
        <translation>Entscheidungsprotokoll des neuesten Austauschs (Zeile wählen, um einen festzuhalten)</translation>
    </message>
    <message>
        <source>Exchanges: %L1</source>
        <translation>Austausche: %L1</translation>
    </message>
    <message>
        <source>oldest dropped: %L1 (the log keeps %L2)</source>
        <translation>älteste verworfen: %L1 (das Protokoll behält %L2)</translation>
    </message>
</context>
<context>
    <name>authlab::gui::StatusBadge</name>
    <message>
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Response status</source>
        <translation>Antwortstatus</translation>
    </message>
</context>
<context>
    <name>authlab::gui::TraceModel</name>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
</context>
<context>
    <name>authlab::gui::UsersModel</name>
    <message>
        <source>%1 is in %2</source>
        <translation>%1 gehört zu %2</translation>
    </message>
    <message>
        <source>%1 is not in %2</source>
        <translation>%1 gehört nicht zu %2</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Bearer tokens (scopes)</source>
        <translation>Bearer-Tokens (Scopes)</translation>
    </message>
</context>
<context>
    <name>authlab::gui::WatchModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
</context>
</TS>
