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
        <source>Pick a resource of the scenario</source>
        <translation>Eine Ressource des Szenarios wählen</translation>
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
        <source>Encoding of Basic credentials</source>
        <translation>Kodierung der Basic-Zugangsdaten</translation>
    </message>
    <message>
        <source>How user-id:password become bytes before base64 (RFC 7617 §2.1)</source>
        <translation>Wie user-id:password vor Base64 zu Bytes wird (RFC 7617 §2.1)</translation>
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
        <source>Res&amp;ources</source>
        <translation>Ress&amp;ourcen</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>S&amp;enden</translation>
    </message>
    <message>
        <source>Clien&amp;t:</source>
        <translation>&amp;Client:</translation>
    </message>
    <message>
        <source>From &amp;network address:</source>
        <translation>Von Ne&amp;tzwerkadresse:</translation>
    </message>
    <message>
        <source>Simulated client address</source>
        <translation>Simulierte Client-Adresse</translation>
    </message>
    <message>
        <source>real address (the loopback peer)</source>
        <translation>echte Adresse (die Loopback-Gegenstelle)</translation>
    </message>
    <message>
        <source>Everything runs on loopback: the server&apos;s address rules see this address instead of the real peer&apos;s, and the trace says so. A setting of the server (saved with the scenario as simulatedClient). Leave it empty for the real address.</source>
        <translation>Alles läuft über Loopback: Die Adressregeln des Servers sehen diese Adresse statt der Adresse der echten Gegenstelle, und das Entscheidungsprotokoll weist darauf hin. Eine Einstellung des Servers (wird mit dem Szenario als simulatedClient gespeichert). Für die echte Adresse leer lassen.</translation>
    </message>
    <message>
        <source>Real address</source>
        <translation>Echte Adresse</translation>
    </message>
    <message>
        <source>Forget the simulated address: the address rules see the real peer again</source>
        <translation>Simulierte Adresse verwerfen: Die Adressregeln sehen wieder die echte Gegenstelle</translation>
    </message>
    <message>
        <source>Accept any certificate (like curl -k)</source>
        <translation>Beliebiges Zertifikat akzeptieren (wie curl -k)</translation>
    </message>
    <message>
        <source>https only: send the request even if the server&apos;s certificate does not check out. The certificate errors are still shown with the response.</source>
        <translation>Nur https: Die Anfrage auch dann senden, wenn das Zertifikat des Servers die Prüfung nicht besteht. Die Zertifikatsfehler werden trotzdem mit der Antwort angezeigt.</translation>
    </message>
    <message>
        <source>Through the pro&amp;xy</source>
        <translation>Über den Pro&amp;xy</translation>
    </message>
    <message>
        <source>Send the request to the embedded server as an HTTP proxy (absolute-form, like curl -x): with the server&apos;s proxy mode on (Server menu), the proxy asks with 407 before the origin answers.</source>
        <translation>Die Anfrage an den eingebetteten Server als HTTP-Proxy senden (absolute-form, wie curl -x): Ist der Proxy-Modus des Servers an (Menü Server), fragt der Proxy mit 407, bevor der Ursprungsserver antwortet.</translation>
    </message>
    <message>
        <source>Proxy credentials</source>
        <translation>Zugangsdaten für den Proxy</translation>
    </message>
    <message>
        <source>What the client answers the proxy&apos;s 407 with (Proxy-Authorization, Basic)</source>
        <translation>Womit der Client auf die 407 des Proxys antwortet (Proxy-Authorization, Basic)</translation>
    </message>
    <message>
        <source>A&amp;uth scheme:</source>
        <translation>A&amp;uth-Schema:</translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <source>Filter the exchange log</source>
        <translation>Austauschprotokoll filtern</translation>
    </message>
    <message>
        <source>Show only the rows that contain this text (Ctrl+F)</source>
        <translation>Nur die Zeilen anzeigen, die diesen Text enthalten (Strg+F)</translation>
    </message>
    <message>
        <source>Filter: path, status, user, reason…</source>
        <translation>Filtern: Pfad, Status, Benutzer, Grund…</translation>
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
    <message>
        <source>Cle&amp;ar</source>
        <translation>Lee&amp;ren</translation>
    </message>
    <message>
        <source>Remove every row from the log (Ctrl+K)</source>
        <translation>Alle Zeilen aus dem Protokoll entfernen (Strg+K)</translation>
    </message>
    <message>
        <source>Exchange log</source>
        <translation>Austauschprotokoll</translation>
    </message>
    <message>
        <source>Select a row to show that exchange in the response pane; Ctrl+C copies the selected rows</source>
        <translation>Eine Zeile auswählen, um diesen Austausch im Antwortbereich anzuzeigen; Strg+C kopiert die ausgewählten Zeilen</translation>
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
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Panes</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Edit the &amp;URL</source>
        <translation>URL &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Watch this URL</source>
        <translation>&amp;URL beobachten</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Follow the live answer</source>
        <translation>Live-Antwort &amp;folgen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;Restart on the chosen port</source>
        <translation>Auf dem gewählten Port &amp;neu starten</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Filter the log…</source>
        <translation>Protokoll &amp;filtern…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Clear the log</source>
        <translation>Protokoll &amp;leeren</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Reset the layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>P&amp;resenter mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Also act as an authenticating &amp;proxy (407)</source>
        <translation>Auch als authentifizierender &amp;Proxy arbeiten (407)</translation>
    </message>
    <message>
        <source>Absolute-form requests to this server (curl -x) must first carry Proxy-Authorization: Basic with a scenario user; any other target gets 403</source>
        <translation>Anfragen in absolute-form an diesen Server (curl -x) müssen zuerst Proxy-Authorization: Basic mit einem Benutzer des Szenarios enthalten; jedes andere Ziel erhält 403</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Zu&amp;letzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation>&amp;Neues Szenario</translation>
    </message>
    <message>
        <source>Start again from the built-in default scenario</source>
        <translation>Neu beginnen mit dem eingebauten Standardszenario</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Re&amp;vert to the saved file</source>
        <translation>&amp;Zurücksetzen auf Gespeichertes</translation>
    </message>
    <message>
        <source>Reload the file from disk, dropping the changes since it was saved</source>
        <translation>Die Datei neu von der Festplatte laden und die Änderungen seit dem letzten Speichern verwerfen</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Scenario &amp;settings…</source>
        <translation>Szenario-Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>Name, description, realm and the server&apos;s address rules</source>
        <translation>Name, Beschreibung, Realm und die Adressregeln des Servers</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
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
    <message>
        <source>Which exchange is shown</source>
        <translation>Welcher Austausch angezeigt wird</translation>
    </message>
    <message>
        <source>Follow the &amp;live answer</source>
        <translation>&amp;Live-Antwort folgen</translation>
    </message>
    <message>
        <source>Show the answer to the client&apos;s current request again, as it changes (Esc)</source>
        <translation>Wieder die Antwort auf die aktuelle Anfrage des Clients anzeigen und ihren Änderungen folgen (Esc)</translation>
    </message>
    <message>
        <source>Copy re&amp;quest bytes</source>
        <translation>Anfra&amp;ge-Bytes kopieren</translation>
    </message>
    <message>
        <source>Copy the request exactly as sent (CR LF line ends), not the escaped text shown here</source>
        <translation>Die Anfrage genau so kopieren, wie sie gesendet wurde (Zeilenenden CR LF), nicht den hier gezeigten maskierten Text</translation>
    </message>
    <message>
        <source>Copy response b&amp;ytes</source>
        <translation>Ant&amp;wort-Bytes kopieren</translation>
    </message>
    <message>
        <source>Copy the response exactly as received (CR LF line ends), not the escaped text shown here</source>
        <translation>Die Antwort genau so kopieren, wie sie empfangen wurde (Zeilenenden CR LF), nicht den hier gezeigten maskierten Text</translation>
    </message>
</context>
<context>
    <name>WatchPane</name>
    <message>
        <source>Watched requests</source>
        <translation>Beobachtete Anfragen</translation>
    </message>
    <message>
        <source>Click a row to show that answer in the response pane</source>
        <translation>Eine Zeile anklicken, um diese Antwort im Antwortbereich anzuzeigen</translation>
    </message>
    <message>
        <source>&amp;Watch this URL</source>
        <translation>&amp;URL beobachten</translation>
    </message>
    <message>
        <source>Add the request&apos;s path to the watch list (Ctrl+D)</source>
        <translation>Den Pfad der Anfrage zur Beobachtungsliste hinzufügen (Strg+D)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected watched request (Delete)</source>
        <translation>Die ausgewählte beobachtete Anfrage entfernen (Entf)</translation>
    </message>
</context>
<context>
    <name>authlab::Behaviours</name>
    <message>
        <source>RFC 9110 (correct)</source>
        <translation>RFC 9110 (korrekt)</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>korrekt</translation>
    </message>
    <message>
        <source>Answers as RFC 9110 says: 401 with a challenge when credentials are missing or wrong, 403 when they are right but not enough, 404 only for what does not exist or is configured as hidden.</source>
        <translation>Antwortet, wie RFC 9110 es sagt: 401 mit einer Challenge, wenn Zugangsdaten fehlen oder falsch sind, 403, wenn sie stimmen, aber nicht ausreichen, 404 nur für das, was nicht existiert oder als verborgen konfiguriert ist.</translation>
    </message>
    <message>
        <source>Follows the RFC to the letter; the other behaviours are measured against it.</source>
        <translation>Folgt dem RFC aufs Wort; die anderen Verhaltensweisen werden daran gemessen.</translation>
    </message>
    <message>
        <source>Every client behaves as designed: browsers prompt on Basic and Digest, curl --anyauth and Python requests&apos; HTTPDigestAuth retry once with credentials, Qt asks its application through authenticationRequired.</source>
        <translation>Jeder Client verhält sich wie vorgesehen: Browser fragen bei Basic und Digest nach Zugangsdaten, curl --anyauth und HTTPDigestAuth von Python requests wiederholen die Anfrage einmal mit Zugangsdaten, Qt fragt seine Anwendung über authenticationRequired.</translation>
    </message>
    <message>
        <source>Never 401 (roll-your-own school)</source>
        <translation>Nie 401 (Eigenbau-Schule)</translation>
    </message>
    <message>
        <source>school</source>
        <translation>Schule</translation>
    </message>
    <message>
        <source>Answers 403 without a challenge wherever RFC 9110 asks for 401: missing credentials, wrong password, unknown user.</source>
        <translation>Antwortet überall dort mit 403 ohne Challenge, wo RFC 9110 eine 401 verlangt: fehlende Zugangsdaten, falsches Passwort, unbekannter Benutzer.</translation>
    </message>
    <message>
        <source>&quot;The server generating a 401 response MUST send a WWW-Authenticate header field&quot;: this school never sends the 401 at all, and with 403 it says that credentials would not help.</source>
        <translation>&quot;Der Server, der eine 401-Antwort erzeugt, MUSS ein WWW-Authenticate-Headerfeld senden&quot;: Diese Schule sendet die 401 überhaupt nie, und mit 403 sagt sie, dass Zugangsdaten nicht helfen würden.</translation>
    </message>
    <message>
        <source>No client ever sends credentials unless it sends them unasked: browsers show no prompt, curl --anyauth and --digest stop at the 403, requests&apos; HTTPDigestAuth returns the 403, Qt emits no authenticationRequired.</source>
        <translation>Kein Client sendet je Zugangsdaten, außer er sendet sie unaufgefordert: Browser zeigen keinen Anmeldedialog, curl --anyauth und --digest bleiben bei der 403 stehen, HTTPDigestAuth von requests gibt die 403 zurück, Qt sendet kein authenticationRequired.</translation>
    </message>
    <message>
        <source>Hide all (hiding school)</source>
        <translation>Alles verbergen (Schule des Verbergens)</translation>
    </message>
    <message>
        <source>Answers every refusal (401 and 403) with a 404 that is byte for byte the 404 of a path that does not exist.</source>
        <translation>Beantwortet jede Ablehnung (401 und 403) mit einer 404, die Byte für Byte der 404 eines Pfads gleicht, der nicht existiert.</translation>
    </message>
    <message>
        <source>&quot;An origin server that wishes to hide the current existence of a forbidden target resource MAY instead respond with a status code of 404&quot;: allowed, but without a 401 there is no challenge, so nobody learns how to authenticate.</source>
        <translation>&quot;Ein Ursprungsserver, der die aktuelle Existenz einer verbotenen Zielressource verbergen möchte, DARF stattdessen mit dem Statuscode 404 antworten&quot;: erlaubt, aber ohne 401 gibt es keine Challenge, also erfährt niemand, wie man sich authentifiziert.</translation>
    </message>
    <message>
        <source>Only clients that send credentials with the first request get in (curl -u, requests with auth=(user, password), wget --auth-no-challenge); browsers, curl --anyauth and Qt see a 404 and stop.</source>
        <translation>Nur Clients, die Zugangsdaten schon mit der ersten Anfrage senden, kommen hinein (curl -u, requests mit auth=(user, password), wget --auth-no-challenge); Browser, curl --anyauth und Qt sehen eine 404 und hören auf.</translation>
    </message>
    <message>
        <source>401 without a challenge (bug)</source>
        <translation>401 ohne Challenge (Bug)</translation>
    </message>
    <message>
        <source>bug</source>
        <translation>Bug</translation>
    </message>
    <message>
        <source>Sends its 401s without any WWW-Authenticate field.</source>
        <translation>Sendet seine 401-Antworten ohne jedes WWW-Authenticate-Feld.</translation>
    </message>
    <message>
        <source>&quot;A server generating a 401 (Unauthorized) response MUST send a WWW-Authenticate header field containing at least one challenge.&quot;</source>
        <translation>&quot;Ein Server, der eine 401-Antwort (Unauthorized) erzeugt, MUSS ein WWW-Authenticate-Headerfeld senden, das mindestens eine Challenge enthält.&quot;</translation>
    </message>
    <message>
        <source>curl --anyauth and --digest never send the credentials; browsers render the body without a prompt; requests&apos; HTTPDigestAuth returns the 401; Qt finishes with AuthenticationRequiredError without emitting authenticationRequired.</source>
        <translation>curl --anyauth und --digest senden nie die Zugangsdaten; Browser zeigen den Body ohne Anmeldedialog an; HTTPDigestAuth von requests gibt die 401 zurück; Qt endet mit AuthenticationRequiredError, ohne authenticationRequired zu senden.</translation>
    </message>
    <message>
        <source>403 for anonymous callers (bug)</source>
        <translation>403 für anonyme Aufrufer (Bug)</translation>
    </message>
    <message>
        <source>Answers 403 to a request without credentials, where RFC 9110 asks for 401 and a challenge (wrong credentials still get 401).</source>
        <translation>Antwortet auf eine Anfrage ohne Zugangsdaten mit 403, wo RFC 9110 eine 401 und eine Challenge verlangt (falsche Zugangsdaten erhalten weiterhin 401).</translation>
    </message>
    <message>
        <source>A request without credentials &quot;lacks valid authentication credentials&quot;: 401. A 403 means &quot;the server understood the request but refuses to fulfill it&quot; whatever the credentials (Spring&apos;s Http403ForbiddenEntryPoint, DRF&apos;s session authentication).</source>
        <translation>Einer Anfrage ohne Zugangsdaten &quot;fehlen gültige Zugangsdaten zur Authentifizierung&quot;: 401. Eine 403 bedeutet &quot;der Server hat die Anfrage verstanden, weigert sich aber, sie zu erfüllen&quot;, unabhängig von den Zugangsdaten (Http403ForbiddenEntryPoint von Spring, die Session-Authentifizierung von DRF).</translation>
    </message>
    <message>
        <source>Challenge-driven clients never offer credentials: browsers, curl --anyauth, requests&apos; HTTPDigestAuth and Qt all stop at the 403; only curl -u and other pre-emptive senders get in.</source>
        <translation>Clients, die auf Challenges reagieren, bieten nie Zugangsdaten an: Browser, curl --anyauth, HTTPDigestAuth von requests und Qt bleiben alle bei der 403 stehen; nur curl -u und andere, die Zugangsdaten vorab senden, kommen hinein.</translation>
    </message>
    <message>
        <source>401 for forbidden callers (bug)</source>
        <translation>401 für nicht berechtigte Aufrufer (Bug)</translation>
    </message>
    <message>
        <source>Answers 401 with a challenge to a caller who authenticated correctly but is not allowed (wrong group, missing scope).</source>
        <translation>Antwortet mit 401 und einer Challenge auf einen Aufrufer, der sich korrekt authentifiziert hat, aber nicht berechtigt ist (falsche Gruppe, fehlender Scope).</translation>
    </message>
    <message>
        <source>Right credentials that are not enough get 403: &quot;If authentication credentials were provided in the request, the server considers them insufficient to grant access. The client SHOULD NOT automatically repeat the request with the same credentials.&quot;</source>
        <translation>Richtige Zugangsdaten, die nicht ausreichen, erhalten 403: &quot;Wenn in der Anfrage Zugangsdaten zur Authentifizierung angegeben wurden, hält der Server sie für unzureichend, um Zugriff zu gewähren. Der Client SOLLTE die Anfrage NICHT automatisch mit denselben Zugangsdaten wiederholen.&quot;</translation>
    </message>
    <message>
        <source>Browsers prompt again and again for credentials that can never work; Qt emits authenticationRequired again; curl and requests show the 401, which reads as &quot;wrong password&quot;.</source>
        <translation>Browser fragen wieder und wieder nach Zugangsdaten, die nie funktionieren können; Qt sendet erneut authenticationRequired; curl und requests zeigen die 401, die sich wie &quot;falsches Passwort&quot; liest.</translation>
    </message>
    <message>
        <source>Login redirect for API calls (bug)</source>
        <translation>Anmelde-Umleitung für API-Aufrufe (Bug)</translation>
    </message>
    <message>
        <source>Sends every caller without a session to the HTML login form with 302, API clients (Accept: application/json) too, instead of 401 with a Bearer challenge.</source>
        <translation>Schickt jeden Aufrufer ohne Session mit 302 zum HTML-Anmeldeformular, auch API-Clients (Accept: application/json), statt mit 401 und einer Bearer-Challenge zu antworten.</translation>
    </message>
    <message>
        <source>A redirect to a login page is not an authentication challenge; an API client needs the 401 and its WWW-Authenticate.</source>
        <translation>Eine Umleitung auf eine Anmeldeseite ist keine Challenge zur Authentifizierung; ein API-Client braucht die 401 und ihr WWW-Authenticate.</translation>
    </message>
    <message>
        <source>requests, Qt and curl -L follow the 302 on their own and end with 200 and an HTML login page where they expected JSON; curl without -L shows the 302.</source>
        <translation>requests, Qt und curl -L folgen der 302 selbstständig und landen bei 200 und einer HTML-Anmeldeseite, wo sie JSON erwartet haben; curl ohne -L zeigt die 302.</translation>
    </message>
    <message>
        <source>Soft 401: 200 with a login page (bug)</source>
        <translation>Weiche 401: 200 mit einer Anmeldeseite (Bug)</translation>
    </message>
    <message>
        <source>Answers 200 with an HTML login form wherever RFC 9110 asks for 401.</source>
        <translation>Antwortet überall dort mit 200 und einem HTML-Anmeldeformular, wo RFC 9110 eine 401 verlangt.</translation>
    </message>
    <message>
        <source>&quot;The 200 (OK) status code indicates that the request has succeeded&quot;: it did not. The 401 and its challenge are missing.</source>
        <translation>&quot;Der Statuscode 200 (OK) zeigt an, dass die Anfrage erfolgreich war&quot;: Das war sie nicht. Die 401 und ihre Challenge fehlen.</translation>
    </message>
    <message>
        <source>Every client takes the 200 for success: scripts parse HTML as data, monitors report the resource as up, caches may keep the page; no client ever sends credentials.</source>
        <translation>Jeder Client hält die 200 für einen Erfolg: Skripte parsen HTML als Daten, Monitoring meldet die Ressource als erreichbar, Caches behalten die Seite womöglich; kein Client sendet je Zugangsdaten.</translation>
    </message>
    <message>
        <source>Leaky hiding (bug)</source>
        <translation>Undichtes Verbergen (Bug)</translation>
    </message>
    <message>
        <source>Hides the hidden resources with 404, but their 404 carries another text (another Content-Length) than the 404 of a path that does not exist.</source>
        <translation>Verbirgt die verborgenen Ressourcen mit 404, aber ihre 404 trägt einen anderen Text (eine andere Content-Length) als die 404 eines Pfads, der nicht existiert.</translation>
    </message>
    <message>
        <source>A 404 that hides must be indistinguishable from a genuine 404, or it tells that the resource exists (&quot;not willing to disclose that one exists&quot;).</source>
        <translation>Eine 404, die verbirgt, muss von einer echten 404 nicht zu unterscheiden sein, sonst verrät sie, dass die Ressource existiert (&quot;nicht bereit offenzulegen, dass eine existiert&quot;).</translation>
    </message>
    <message>
        <source>Every client shows 404; a scanner that compares lengths (Burp, ffuf) finds the hidden resource at once.</source>
        <translation>Jeder Client zeigt 404; ein Scanner, der Längen vergleicht (Burp, ffuf), findet die verborgene Ressource sofort.</translation>
    </message>
    <message>
        <source>Odd challenge syntax</source>
        <translation>Ungewöhnliche Challenge-Syntax</translation>
    </message>
    <message>
        <source>Writes all challenges in one WWW-Authenticate field line, with the scheme in lower case and the realm unquoted.</source>
        <translation>Schreibt alle Challenges in eine WWW-Authenticate-Feldzeile, mit dem Schema in Kleinbuchstaben und dem Realm ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>Scheme names are case-insensitive, but for realm &quot;a sender MUST only generate the quoted-string syntax&quot;, and several challenges on one field line &quot;might not be interoperable&quot;.</source>
        <translation>Bei Schemanamen spielt Groß-/Kleinschreibung keine Rolle, aber für realm gilt: &quot;ein Sender MUSS ausschließlich die quoted-string-Syntax erzeugen&quot;, und mehrere Challenges in einer Feldzeile &quot;sind möglicherweise nicht interoperabel&quot;.</translation>
    </message>
    <message>
        <source>curl, Qt and Python requests read the line as one Digest challenge whose later parameters win: they answer with MD5 where curl answers the correct server with SHA-256, a silent downgrade. Qt looks only at the first scheme of each field line, so a second scheme on the same line is never seen.</source>
        <translation>curl, Qt und Python requests lesen die Zeile als eine einzige Digest-Challenge, deren spätere Parameter gewinnen: Sie antworten mit MD5, wo curl dem korrekten Server mit SHA-256 antwortet, ein stilles Downgrade. Qt betrachtet nur das erste Schema jeder Feldzeile, daher wird ein zweites Schema in derselben Zeile nie gesehen.</translation>
    </message>
    <message>
        <source>Trusts X-Forwarded-For (bug)</source>
        <translation>Vertraut X-Forwarded-For (Bug)</translation>
    </message>
    <message>
        <source>Judges address rules by the client&apos;s own X-Forwarded-For field instead of the connection&apos;s address: the classic bypass of an address allow-list.</source>
        <translation>Beurteilt Adressregeln nach dem eigenen X-Forwarded-For-Feld des Clients statt nach der Adresse der Verbindung: die klassische Umgehung einer Adress-Allowlist.</translation>
    </message>
    <message>
        <source>A forwarding field &quot;cannot be relied upon to be correct, as it may be modified … by every node on the way to the server, including the client making the request&quot;.</source>
        <translation>Auf ein Weiterleitungsfeld &quot;kann man sich nicht verlassen, dass es korrekt ist, da es … von jedem Knoten auf dem Weg zum Server verändert werden kann, einschließlich des Clients, der die Anfrage stellt&quot;.</translation>
    </message>
    <message>
        <source>Any client gets past the address rule: curl -H &apos;X-Forwarded-For: 10.1.2.3&apos; reaches /lan-only from anywhere.</source>
        <translation>Jeder Client kommt an der Adressregel vorbei: curl -H &apos;X-Forwarded-For: 10.1.2.3&apos; erreicht /lan-only von überall.</translation>
    </message>
</context>
<context>
    <name>authlab::BugReport</name>
    <message>
        <source>The record holds no request line to judge.</source>
        <translation>Die Aufzeichnung enthält keine Anfragezeile, die sich beurteilen ließe.</translation>
    </message>
    <message>
        <source>The request could not be read again as a whole request (it was cut short or malformed).</source>
        <translation>Die Anfrage ließ sich nicht erneut als vollständige Anfrage lesen (sie war abgeschnitten oder fehlerhaft).</translation>
    </message>
    <message>
        <source>Judged without the server&apos;s record of Digest nonces: a nonce the server issued counts as unknown here, so Digest requests are judged as if their nonce had expired.</source>
        <translation>Beurteilt ohne die Nonce-Liste des Servers: Eine vom Server ausgegebene Nonce gilt hier als unbekannt, daher werden Digest-Anfragen so beurteilt, als wäre ihre Nonce abgelaufen.</translation>
    </message>
    <message>
        <source>AuthLab bug report</source>
        <translation>AuthLab-Fehlerbericht</translation>
    </message>
    <message>
        <source>Written by AuthLab %1 on %2.</source>
        <translation>Erstellt von AuthLab %1 am %2.</translation>
    </message>
    <message>
        <source>Files: %1 (the scenario; open it in AuthLab or run `authlab serve --scenario %1`), %2 (every request and response, HAR 1.2), this summary.</source>
        <translation>Dateien: %1 (das Szenario; öffnen Sie es in AuthLab oder führen Sie `authlab serve --scenario %1` aus), %2 (jede Anfrage und Antwort, HAR 1.2), diese Zusammenfassung.</translation>
    </message>
    <message>
        <source>Passwords, tokens and cookie values in %1 and below are replaced by `&lt;redacted&gt;` (the scenario&apos;s own fake passwords are in %2).</source>
        <translation>Passwörter, Tokens und Cookie-Werte in %1 und weiter unten sind durch `&lt;redacted&gt;` ersetzt (die erfundenen Passwörter des Szenarios selbst stehen in %2).</translation>
    </message>
    <message>
        <source>No exchange was shown.</source>
        <translation>Es wurde kein Austausch angezeigt.</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>Was gesendet wurde</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Anfrage: %1</translation>
    </message>
    <message>
        <source>session cookie (login form)</source>
        <translation>Sitzungs-Cookie (Anmeldeformular)</translation>
    </message>
    <message>
        <source>Identity: %1</source>
        <translation>Identität: %1</translation>
    </message>
    <message>
        <source>Credential state: %1</source>
        <translation>Zustand der Zugangsdaten: %1</translation>
    </message>
    <message>
        <source>Scheme: %1; %2</source>
        <translation>Schema: %1; %2</translation>
    </message>
    <message>
        <source>credentials sent with the first request</source>
        <translation>Zugangsdaten schon mit der ersten Anfrage gesendet</translation>
    </message>
    <message>
        <source>credentials only in answer to a challenge</source>
        <translation>Zugangsdaten nur als Antwort auf eine Challenge</translation>
    </message>
    <message>
        <source>What the client sends: %1</source>
        <translation>Was der Client sendet: %1</translation>
    </message>
    <message>
        <source>Sent by a client outside AuthLab (from the server&apos;s exchange log)%1.</source>
        <translation>Gesendet von einem Client außerhalb von AuthLab (aus dem Austauschprotokoll des Servers)%1.</translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation>, von %1</translation>
    </message>
    <message>
        <source>No `Authorization` field.</source>
        <translation>Kein Feld `Authorization`.</translation>
    </message>
    <message>
        <source>`Authorization: %1`</source>
        <translation>`Authorization: %1`</translation>
    </message>
    <message>
        <source>What came back</source>
        <translation>Was zurückkam</translation>
    </message>
    <message>
        <source>no response: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>Status: **%1 %2**</source>
        <translation>Status: **%1 %2**</translation>
    </message>
    <message>
        <source>AuthLab&apos;s server decided it by the rule `%1`: %2 (%3)</source>
        <translation>Der Server von AuthLab hat nach der Regel `%1` entschieden: %2 (%3)</translation>
    </message>
    <message>
        <source>What RFC 9110 says should have come back</source>
        <translation>Was laut RFC 9110 hätte zurückkommen sollen</translation>
    </message>
    <message>
        <source>Judged again by AuthLab&apos;s decision under the `rfc9110` behaviour (no deliberate deviations): **%1 %2**.</source>
        <translation>Erneut beurteilt nach der Entscheidung von AuthLab unter dem Verhalten `rfc9110` (ohne absichtliche Abweichungen): **%1 %2**.</translation>
    </message>
    <message>
        <source>The answer agrees with RFC 9110 on the status.</source>
        <translation>Der Status der Antwort stimmt mit RFC 9110 überein.</translation>
    </message>
    <message>
        <source>**The answer differs:** %1 came back where RFC 9110 asks for %2.</source>
        <translation>**Die Antwort weicht ab:** %1 kam zurück, wo RFC 9110 %2 verlangt.</translation>
    </message>
    <message>
        <source>Server behaviour in effect</source>
        <translation>Aktives Serververhalten</translation>
    </message>
    <message>
        <source>Reproduce with curl</source>
        <translation>Mit curl nachstellen</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Not judged again: the request shows a session cookie, and the record does not hold the server&apos;s sessions.</source>
        <translation>Nicht erneut beurteilt: Die Anfrage zeigt ein Sitzungs-Cookie, und die Aufzeichnung enthält die Sitzungen des Servers nicht.</translation>
    </message>
    <message>
        <source>the URL</source>
        <translation>die URL</translation>
    </message>
    <message>
        <source>the content (curl counts its length)</source>
        <translation>der Inhalt (curl zählt seine Länge)</translation>
    </message>
    <message>
        <source>With secrets redacted in %1: put the real values back before running it.</source>
        <translation>Mit geschwärzten Geheimnissen in %1: Setzen Sie die echten Werte ein, bevor Sie ihn ausführen.</translation>
    </message>
</context>
<context>
    <name>authlab::Check</name>
    <message>
        <source>status %1 / %2</source>
        <translation>Status %1 / %2</translation>
    </message>
    <message>
        <source>header fields (%1)</source>
        <translation>Header-Felder (%1)</translation>
    </message>
    <message>
        <source>body (%1 / %2 bytes)</source>
        <translation>Body (%1 / %2 Bytes)</translation>
    </message>
    <message>
        <source>body (same length, other bytes)</source>
        <translation>Body (gleiche Länge, andere Bytes)</translation>
    </message>
    <message>
        <source>401 with Proxy-Authenticate but no WWW-Authenticate: 401 and 407 mixed up</source>
        <translation>401 mit Proxy-Authenticate, aber ohne WWW-Authenticate: 401 und 407 verwechselt</translation>
    </message>
    <message>
        <source>401 whose WWW-Authenticate holds no challenge</source>
        <translation>401, deren WWW-Authenticate keine Challenge enthält</translation>
    </message>
    <message>
        <source>401 without WWW-Authenticate</source>
        <translation>401 ohne WWW-Authenticate</translation>
    </message>
    <message>
        <source>407 to a request sent directly to the server</source>
        <translation>407 auf eine Anfrage, die direkt an den Server ging</translation>
    </message>
    <message>
        <source>407 without Proxy-Authenticate</source>
        <translation>407 ohne Proxy-Authenticate</translation>
    </message>
    <message>
        <source>%1 has %2 twice</source>
        <translation>%1 enthält %2 zweimal</translation>
    </message>
    <message>
        <source>Basic offered on %1</source>
        <translation>Basic angeboten auf %1</translation>
    </message>
    <message>
        <source>error=&quot;%1&quot; on a %2 (RFC 6750: %3)</source>
        <translation>error=&quot;%1&quot; bei einer %2 (RFC 6750: %3)</translation>
    </message>
    <message>
        <source>error=&quot;%1&quot; answered to a request without a Bearer token</source>
        <translation>error=&quot;%1&quot; als Antwort auf eine Anfrage ohne Bearer-Token</translation>
    </message>
    <message>
        <source>Cache-Control: %1 on a %2 to a request with Authorization</source>
        <translation>Cache-Control: %1 bei einer %2 auf eine Anfrage mit Authorization</translation>
    </message>
    <message>
        <source>%1 (probe %2, request %3):</source>
        <translation>%1 (Prüfanfrage %2, Anfrage %3):</translation>
    </message>
    <message>
        <source>no response: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>&apos;%1&apos; ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>the URL &apos;%1&apos; names no host</source>
        <translation>die URL &apos;%1&apos; nennt keinen Host</translation>
    </message>
    <message>
        <source>the time-out must be between 1 and %1 ms</source>
        <translation>das Zeitlimit muss zwischen 1 und %1 ms liegen</translation>
    </message>
    <message>
        <source>a user name cannot contain &apos;:&apos; (RFC 7617 §2)</source>
        <translation>ein Benutzername darf kein &apos;:&apos; enthalten (RFC 7617 §2)</translation>
    </message>
    <message>
        <source>the other user must not be the user</source>
        <translation>der andere Benutzer darf nicht derselbe sein wie der Benutzer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 credentials answered with 401</source>
        <translation>%1-Zugangsdaten mit 401 beantwortet</translation>
    </message>
    <message>
        <source>without credentials %1, with the %2 credentials %3</source>
        <translation>ohne Zugangsdaten %1, mit den %2-Zugangsdaten %3</translation>
    </message>
    <message>
        <source>%1: 403</source>
        <translation>%1: 403</translation>
    </message>
    <message>
        <source>%1: %2, without credentials: %3</source>
        <translation>%1: %2, ohne Zugangsdaten: %3</translation>
    </message>
    <message>
        <source>%1: 401, %2: %3</source>
        <translation>%1: 401, %2: %3</translation>
    </message>
    <message>
        <source>GET %1, HEAD %2</source>
        <translation>GET %1, HEAD %2</translation>
    </message>
    <message>
        <source>WWW-Authenticate: GET &quot;%1&quot;, HEAD &quot;%2&quot;</source>
        <translation>WWW-Authenticate: GET &quot;%1&quot;, HEAD &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 only in the answer to %2</source>
        <translation>%1 nur in der Antwort auf %2</translation>
    </message>
    <message>
        <source>%1 to %2, ending on %3 %4</source>
        <translation>%1 nach %2, endet bei %3 %4</translation>
    </message>
    <message>
        <source>%1 and a login form; the good credentials: %2</source>
        <translation>%1 und ein Anmeldeformular; die richtigen Zugangsdaten: %2</translation>
    </message>
    <message>
        <source>%1 without X-Forwarded-For, %2 with X-Forwarded-For: %3</source>
        <translation>%1 ohne X-Forwarded-For, %2 mit X-Forwarded-For: %3</translation>
    </message>
    <message>
        <source>authlab check %1</source>
        <translation>authlab check %1</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Server nicht erreichbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in %1 ms.</source>
        <translation>
            <numerusform>%n Anfrage in %1 ms.</numerusform>
            <numerusform>%n Anfragen in %1 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>MUST violated: %1, SHOULD violated: %2, advice: %3.</source>
        <translation>MUSS verletzt: %1, SOLLTE verletzt: %2, Hinweise: %3.</translation>
    </message>
    <message>
        <source>The check stopped at the TLS certificate (use --insecure to go on).</source>
        <translation>Die Prüfung hat beim TLS-Zertifikat angehalten (mit --insecure geht es weiter).</translation>
    </message>
    <message>
        <source>Seen in: %1</source>
        <translation>Gesehen in: %1</translation>
    </message>
    <message>
        <source>Result: RFC violations found.</source>
        <translation>Ergebnis: RFC-Verstöße gefunden.</translation>
    </message>
    <message>
        <source>Result: no MUST or SHOULD violated.</source>
        <translation>Ergebnis: kein MUSS und kein SOLLTE verletzt.</translation>
    </message>
    <message>
        <source>403 without WWW-Authenticate to a request without a token</source>
        <translation>403 ohne WWW-Authenticate auf eine Anfrage ohne Token</translation>
    </message>
    <message>
        <source>403 without WWW-Authenticate to a token that does not open the resource</source>
        <translation>403 ohne WWW-Authenticate auf ein Token, das die Ressource nicht öffnet</translation>
    </message>
</context>
<context>
    <name>authlab::CheckRules</name>
    <message>
        <source>The TLS certificate is not valid for this server</source>
        <translation>Das TLS-Zertifikat ist für diesen Server nicht gültig</translation>
    </message>
    <message>
        <source>If the certificate is not valid for the target URI&apos;s origin, a user agent MUST either obtain confirmation from the user before proceeding (see Section 3.5) or terminate the connection with a bad certificate error.</source>
        <translation>Wenn das Zertifikat für den Origin der Ziel-URI nicht gültig ist, MUSS ein User-Agent entweder vor dem Fortfahren eine Bestätigung des Benutzers einholen (siehe Abschnitt 3.5) oder die Verbindung mit einem Fehler wegen ungültigen Zertifikats beenden.</translation>
    </message>
    <message>
        <source>Every careful client refuses to talk to this server, so the check stops here. Use --insecure (like curl -k) to check the server anyway, for example a test server with a self-signed certificate.</source>
        <translation>Jeder sorgfältige Client verweigert die Verbindung zu diesem Server, daher endet die Prüfung hier. Mit --insecure (wie curl -k) prüfen Sie den Server trotzdem, etwa einen Testserver mit selbstsigniertem Zertifikat.</translation>
    </message>
    <message>
        <source>The TLS certificate is not valid, accepted because of --insecure</source>
        <translation>Das TLS-Zertifikat ist nicht gültig, wegen --insecure akzeptiert</translation>
    </message>
    <message>
        <source>The check went on because you asked it to. Real clients will refuse the connection unless they are told to trust this certificate.</source>
        <translation>Die Prüfung lief weiter, weil Sie es verlangt haben. Echte Clients verweigern die Verbindung, solange man ihnen nicht sagt, dass sie diesem Zertifikat vertrauen sollen.</translation>
    </message>
    <message>
        <source>A probe got no HTTP response</source>
        <translation>Eine Prüfanfrage erhielt keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>Except when responding to a HEAD request, the server SHOULD send a representation containing an explanation of the error situation, and whether it is a temporary or permanent condition.</source>
        <translation>Außer bei der Antwort auf eine HEAD-Anfrage SOLLTE der Server eine Repräsentation senden, die die Fehlersituation erklärt und angibt, ob sie vorübergehend oder dauerhaft ist.</translation>
    </message>
    <message>
        <source>The server closed, reset or did not answer one of the requests within the time allowed (--timeout). A server should answer a request it does not like with a 4xx status, not with silence; the findings that needed this answer were not checked.</source>
        <translation>Der Server hat bei einer der Anfragen die Verbindung geschlossen oder zurückgesetzt oder nicht innerhalb der erlaubten Zeit (--timeout) geantwortet. Auf eine Anfrage, die ihm nicht passt, sollte ein Server mit einem 4xx-Status antworten, nicht mit Schweigen; die Befunde, die diese Antwort brauchten, wurden nicht geprüft.</translation>
    </message>
    <message>
        <source>401 without a WWW-Authenticate challenge</source>
        <translation>401 ohne WWW-Authenticate-Challenge</translation>
    </message>
    <message>
        <source>The server generating a 401 response MUST send a WWW-Authenticate header field (Section 11.6.1) containing at least one challenge applicable to the target resource.</source>
        <translation>Der Server, der eine 401-Antwort erzeugt, MUSS ein Header-Feld WWW-Authenticate (Abschnitt 11.6.1) senden, das mindestens eine für die Zielressource geltende Challenge enthält.</translation>
    </message>
    <message>
        <source>Without a challenge no client knows how to authenticate: browsers show no prompt, curl --anyauth and --digest never send the credentials, and some clients loop. Send the challenge of the scheme you accept (for example Basic realm=&quot;...&quot;), or, if no HTTP authentication scheme applies (a cookie login), answer 403 instead of 401.</source>
        <translation>Ohne Challenge weiß kein Client, wie er sich authentifizieren soll: Browser zeigen keinen Anmeldedialog, curl --anyauth und --digest senden die Zugangsdaten nie, und manche Clients geraten in eine Schleife. Senden Sie die Challenge des Schemas, das Sie akzeptieren (zum Beispiel Basic realm=&quot;...&quot;), oder antworten Sie mit 403 statt 401, wenn kein HTTP-Authentifizierungsschema passt (eine Cookie-Anmeldung).</translation>
    </message>
    <message>
        <source>WWW-Authenticate is not a valid list of challenges</source>
        <translation>WWW-Authenticate ist keine gültige Liste von Challenges</translation>
    </message>
    <message>
        <source>The realm is not a quoted-string</source>
        <translation>Der Realm ist kein quoted-string</translation>
    </message>
    <message>
        <source>For historical reasons, a sender MUST only generate the quoted-string syntax.</source>
        <translation>Aus historischen Gründen MUSS ein Sender ausschließlich die quoted-string-Syntax erzeugen.</translation>
    </message>
    <message>
        <source>Write realm=&quot;Example&quot; with the double quotes, even when the value is a single token: older clients read only the quoted form.</source>
        <translation>Schreiben Sie realm=&quot;Example&quot; mit den doppelten Anführungszeichen, auch wenn der Wert ein einzelnes Token ist: Ältere Clients lesen nur die Form in Anführungszeichen.</translation>
    </message>
    <message>
        <source>A challenge repeats a parameter</source>
        <translation>Eine Challenge wiederholt einen Parameter</translation>
    </message>
    <message>
        <source>Authentication parameters are name/value pairs, where the name token is matched case-insensitively and each parameter name MUST only occur once per challenge.</source>
        <translation>Authentifizierungsparameter sind Name/Wert-Paare, wobei beim Namens-Token die Groß-/Kleinschreibung keine Rolle spielt und jeder Parametername pro Challenge höchstens einmal vorkommen MUSS.</translation>
    </message>
    <message>
        <source>Which of the two values a client uses is up to the client. Send each parameter once.</source>
        <translation>Welchen der beiden Werte ein Client verwendet, entscheidet der Client. Senden Sie jeden Parameter nur einmal.</translation>
    </message>
    <message>
        <source>A Basic challenge without realm</source>
        <translation>Eine Basic-Challenge ohne realm</translation>
    </message>
    <message>
        <source>The authentication parameter &apos;realm&apos; is REQUIRED ([RFC7235], Section 2.2).</source>
        <translation>Der Authentifizierungsparameter &apos;realm&apos; ist ERFORDERLICH ([RFC7235], Abschnitt 2.2).</translation>
    </message>
    <message>
        <source>The realm names the protection space: browsers show it in their prompt and key their password cache by it. Add realm=&quot;...&quot;.</source>
        <translation>Der Realm benennt den Schutzbereich: Browser zeigen ihn in ihrem Anmeldedialog an und ordnen ihren Passwort-Cache danach. Ergänzen Sie realm=&quot;...&quot;.</translation>
    </message>
    <message>
        <source>A Basic challenge with a charset other than UTF-8</source>
        <translation>Eine Basic-Challenge mit einem anderen charset als UTF-8</translation>
    </message>
    <message>
        <source>The only allowed value is &quot;UTF-8&quot;; it is to be matched case-insensitively (see [RFC2978], Section 2.3).</source>
        <translation>Der einzige erlaubte Wert ist &quot;UTF-8&quot;; beim Vergleich spielt Groß-/Kleinschreibung keine Rolle (siehe [RFC2978], Abschnitt 2.3).</translation>
    </message>
    <message>
        <source>Several challenges in one WWW-Authenticate field line</source>
        <translation>Mehrere Challenges in einer WWW-Authenticate-Feldzeile</translation>
    </message>
    <message>
        <source>Some user agents do not recognize this form, however. As a result, sending a WWW-Authenticate field value with more than one member on the same field line might not be interoperable.</source>
        <translation>Einige User-Agents erkennen diese Form jedoch nicht. Daher ist ein WWW-Authenticate-Feldwert mit mehr als einem Element in derselben Feldzeile möglicherweise nicht interoperabel.</translation>
    </message>
    <message>
        <source>Allowed, but Qt, for one, reads only the first scheme of each line. Send one challenge per WWW-Authenticate field line.</source>
        <translation>Erlaubt, aber Qt zum Beispiel liest nur das erste Schema jeder Zeile. Senden Sie eine Challenge pro WWW-Authenticate-Feldzeile.</translation>
    </message>
    <message>
        <source>A Bearer challenge without any parameter</source>
        <translation>Eine Bearer-Challenge ganz ohne Parameter</translation>
    </message>
    <message>
        <source>All challenges defined by this specification MUST use the auth-scheme value &quot;Bearer&quot;. This scheme MUST be followed by one or more auth-param values.</source>
        <translation>Jede von dieser Spezifikation definierte Challenge MUSS den auth-scheme-Wert &quot;Bearer&quot; verwenden. Auf dieses Schema MUSS mindestens ein auth-param-Wert folgen.</translation>
    </message>
    <message>
        <source>Send at least the realm: Bearer realm=&quot;api&quot;.</source>
        <translation>Senden Sie mindestens den Realm: Bearer realm=&quot;api&quot;.</translation>
    </message>
    <message>
        <source>A Bearer error code on the wrong status</source>
        <translation>Ein Bearer-Fehlercode beim falschen Status</translation>
    </message>
    <message>
        <source>The status and the error code disagree, so clients act on the status: a 401 with insufficient_scope makes them fetch a new token that will not help; a 403 with invalid_token makes them give up when a new token would.</source>
        <translation>Status und Fehlercode widersprechen sich, also richten sich Clients nach dem Status: Bei einer 401 mit insufficient_scope holen sie ein neues Token, das nicht hilft; bei einer 403 mit invalid_token geben sie auf, obwohl ein neues Token helfen würde.</translation>
    </message>
    <message>
        <source>A Bearer error code although no token was sent</source>
        <translation>Ein Bearer-Fehlercode, obwohl kein Token gesendet wurde</translation>
    </message>
    <message>
        <source>If the request lacks any authentication information (e.g., the client was unaware that authentication is necessary or attempted using an unsupported authentication method), the resource server SHOULD NOT include an error code or other error information.</source>
        <translation>Fehlt der Anfrage jegliche Authentifizierungsinformation (z. B. weil der Client nicht wusste, dass eine Authentifizierung nötig ist, oder es mit einer nicht unterstützten Authentifizierungsmethode versucht hat), SOLLTE der Ressourcenserver KEINEN Fehlercode und keine sonstigen Fehlerinformationen angeben.</translation>
    </message>
    <message>
        <source>A request without a Bearer token gets a bare challenge (Bearer realm=&quot;...&quot;); error=&quot;invalid_token&quot; makes clients throw away a token they never sent.</source>
        <translation>Eine Anfrage ohne Bearer-Token erhält eine schlichte Challenge (Bearer realm=&quot;...&quot;); error=&quot;invalid_token&quot; bringt Clients dazu, ein Token wegzuwerfen, das sie nie gesendet haben.</translation>
    </message>
    <message>
        <source>403 for a request without credentials, where credentials open the resource</source>
        <translation>403 für eine Anfrage ohne Zugangsdaten, obwohl Zugangsdaten die Ressource öffnen</translation>
    </message>
    <message>
        <source>Upon receipt of a request for a protected resource that omits credentials, contains invalid credentials (e.g., a bad password) or partial credentials (e.g., when the authentication scheme requires more than one round trip), an origin server SHOULD send a 401 (Unauthorized) response that contains a WWW-Authenticate header field with at least one (possibly new) challenge applicable to the requested resource.</source>
        <translation>Erhält ein Ursprungsserver eine Anfrage nach einer geschützten Ressource, die keine Zugangsdaten, ungültige Zugangsdaten (z. B. ein falsches Passwort) oder unvollständige Zugangsdaten enthält (z. B. wenn das Authentifizierungsschema mehr als einen Roundtrip erfordert), SOLLTE er eine 401-Antwort (Unauthorized) senden, die ein Header-Feld WWW-Authenticate mit mindestens einer (möglicherweise neuen) für die angefragte Ressource geltenden Challenge enthält.</translation>
    </message>
    <message>
        <source>403 says that credentials would not help, yet the given credentials do help. Browsers show no prompt and challenge-driven clients never send the password. Answer 401 with a challenge.</source>
        <translation>403 sagt, dass Zugangsdaten nicht helfen würden, doch die angegebenen Zugangsdaten helfen. Browser zeigen keinen Anmeldedialog, und Clients, die auf Challenges reagieren, senden das Passwort nie. Antworten Sie mit 401 und einer Challenge.</translation>
    </message>
    <message>
        <source>403 for a wrong password or an unknown user</source>
        <translation>403 bei falschem Passwort oder unbekanntem Benutzer</translation>
    </message>
    <message>
        <source>A bad password is &quot;invalid credentials&quot;: 401 and the challenge again, so that the user can retype it. 403 tells the client not to try again (RFC 9110 §15.5.4).</source>
        <translation>Ein falsches Passwort zählt als &quot;ungültige Zugangsdaten&quot;: 401 und erneut die Challenge, damit der Benutzer es neu eingeben kann. 403 sagt dem Client, es nicht noch einmal zu versuchen (RFC 9110 §15.5.4).</translation>
    </message>
    <message>
        <source>A wrong password or an unknown user gets a 2xx answer where a request without credentials is refused</source>
        <translation>Ein falsches Passwort oder ein unbekannter Benutzer erhält eine 2xx-Antwort, während eine Anfrage ohne Zugangsdaten abgewiesen wird</translation>
    </message>
    <message>
        <source>The server seems to let in anyone who sends any credentials. Check the password (or token) verification.</source>
        <translation>Der Server scheint jeden hereinzulassen, der irgendwelche Zugangsdaten sendet. Überprüfen Sie, wie Passwort (oder Token) geprüft werden.</translation>
    </message>
    <message>
        <source>401 for valid credentials that are not enough (--other-user)</source>
        <translation>401 für gültige, aber unzureichende Zugangsdaten (--other-user)</translation>
    </message>
    <message>
        <source>A server that receives valid credentials that are not adequate to gain access ought to respond with the 403 (Forbidden) status code (Section 15.5.4).</source>
        <translation>Ein Server, der gültige Zugangsdaten erhält, die für den Zugriff nicht ausreichen, sollte mit dem Statuscode 403 (Forbidden) antworten (Abschnitt 15.5.4).</translation>
    </message>
    <message>
        <source>A JSON request is redirected to an HTML login page</source>
        <translation>Eine JSON-Anfrage wird auf eine HTML-Anmeldeseite umgeleitet</translation>
    </message>
    <message>
        <source>200 with a login form where credentials are needed</source>
        <translation>200 mit einem Anmeldeformular, wo Zugangsdaten nötig sind</translation>
    </message>
    <message>
        <source>An unknown user is answered differently from a wrong password</source>
        <translation>Ein unbekannter Benutzer erhält eine andere Antwort als ein falsches Passwort</translation>
    </message>
    <message>
        <source>No RFC text requires identical answers, but a difference in status, header fields, body or length tells an attacker which user names exist (user enumeration). Answer both with the same 401 and the same body (standards.md rows 4 and 5).</source>
        <translation>Kein RFC-Text verlangt identische Antworten, aber ein Unterschied in Status, Header-Feldern, Body oder Länge verrät einem Angreifer, welche Benutzernamen existieren (User Enumeration). Beantworten Sie beides mit derselben 401 und demselben Body (standards.md, Zeilen 4 und 5).</translation>
    </message>
    <message>
        <source>404 without credentials, while credentials open the resource</source>
        <translation>404 ohne Zugangsdaten, obwohl Zugangsdaten die Ressource öffnen</translation>
    </message>
    <message>
        <source>An origin server that wishes to &quot;hide&quot; the current existence of a forbidden target resource MAY instead respond with a status code of 404 (Not Found).</source>
        <translation>Ein Ursprungsserver, der die aktuelle Existenz einer verbotenen Zielressource &quot;verbergen&quot; möchte, DARF stattdessen mit dem Statuscode 404 (Not Found) antworten.</translation>
    </message>
    <message>
        <source>Hiding is allowed, but without a 401 no client learns how to authenticate: only clients that send credentials unasked (curl -u, wget --auth-no-challenge) get in. If the resource is not meant to be secret, answer 401 with a challenge.</source>
        <translation>Verbergen ist erlaubt, aber ohne 401 erfährt kein Client, wie er sich authentifizieren soll: Nur Clients, die Zugangsdaten unaufgefordert senden (curl -u, wget --auth-no-challenge), kommen hinein. Soll die Ressource nicht geheim sein, antworten Sie mit 401 und einer Challenge.</translation>
    </message>
    <message>
        <source>The hiding 404 differs from the 404 of a path that does not exist</source>
        <translation>Die verbergende 404 unterscheidet sich von der 404 eines Pfads, der nicht existiert</translation>
    </message>
    <message>
        <source>The 404 (Not Found) status code indicates that the origin server did not find a current representation for the target resource or is not willing to disclose that one exists.</source>
        <translation>Der Statuscode 404 (Not Found) zeigt an, dass der Ursprungsserver keine aktuelle Repräsentation der Zielressource gefunden hat oder nicht bereit ist offenzulegen, dass eine existiert.</translation>
    </message>
    <message>
        <source>A 404 that hides a resource only hides it if it is indistinguishable from a genuine 404: same body, same header fields, same length (standards.md §1.13). This one is not, so the resource&apos;s existence leaks.</source>
        <translation>Eine 404 verbirgt eine Ressource nur, wenn sie von einer echten 404 nicht zu unterscheiden ist: gleicher Body, gleiche Header-Felder, gleiche Länge (standards.md §1.13). Diese hier ist es nicht, also wird die Existenz der Ressource verraten.</translation>
    </message>
    <message>
        <source>An answer to an authenticated request may be stored by shared caches</source>
        <translation>Gemeinsam genutzte Caches dürfen die Antwort auf eine authentifizierte Anfrage speichern</translation>
    </message>
    <message>
        <source>A shared cache MUST NOT use a cached response to a request with an Authorization header field (Section 11.6.2 of [HTTP]) to satisfy any subsequent request unless the response contains a Cache-Control field with a response directive (Section 5.2.2) that allows it to be stored by a shared cache, and the cache conforms to the requirements of that directive for that response.</source>
        <translation>Ein gemeinsam genutzter Cache DARF eine gespeicherte Antwort auf eine Anfrage mit einem Header-Feld Authorization (Abschnitt 11.6.2 von [HTTP]) NICHT verwenden, um eine spätere Anfrage zu beantworten, es sei denn, die Antwort enthält ein Feld Cache-Control mit einer Antwortdirektive (Abschnitt 5.2.2), die das Speichern durch einen gemeinsam genutzten Cache erlaubt, und der Cache erfüllt die Anforderungen dieser Direktive für diese Antwort.</translation>
    </message>
    <message>
        <source>public, s-maxage and must-revalidate are the directives that let a shared cache hand this user&apos;s answer to the next caller. Unless the answer is the same for everyone, send Cache-Control: private (or no-store).</source>
        <translation>public, s-maxage und must-revalidate sind die Direktiven, mit denen ein gemeinsam genutzter Cache die Antwort dieses Benutzers an den nächsten Aufrufer weitergeben darf. Senden Sie Cache-Control: private (oder no-store), außer die Antwort ist für alle gleich.</translation>
    </message>
    <message>
        <source>Basic authentication offered over plain http</source>
        <translation>Basic-Authentifizierung über unverschlüsseltes http angeboten</translation>
    </message>
    <message>
        <source>Because Basic authentication involves the cleartext transmission of passwords, it SHOULD NOT be used (without enhancements such as HTTPS [RFC2818]) to protect sensitive or valuable information.</source>
        <translation>Da bei der Basic-Authentifizierung Passwörter im Klartext übertragen werden, SOLLTE sie NICHT (ohne Erweiterungen wie HTTPS [RFC2818]) zum Schutz sensibler oder wertvoller Informationen verwendet werden.</translation>
    </message>
    <message>
        <source>Anyone on the path between client and server reads the password. Serve this resource over https (loopback addresses are exempt: the check does not report them).</source>
        <translation>Jeder auf dem Weg zwischen Client und Server kann das Passwort mitlesen. Liefern Sie diese Ressource über https aus (Loopback-Adressen sind ausgenommen: Die Prüfung meldet sie nicht).</translation>
    </message>
    <message>
        <source>HEAD is answered differently from GET</source>
        <translation>HEAD wird anders beantwortet als GET</translation>
    </message>
    <message>
        <source>The server SHOULD send the same header fields in response to a HEAD request as it would have sent if the request method had been GET. However, a server MAY omit header fields for which a value is determined only while generating the content.</source>
        <translation>Der Server SOLLTE als Antwort auf eine HEAD-Anfrage dieselben Header-Felder senden, die er gesendet hätte, wenn die Anfragemethode GET gewesen wäre. Ein Server DARF jedoch Header-Felder weglassen, deren Wert sich erst beim Erzeugen des Inhalts ergibt.</translation>
    </message>
    <message>
        <source>HEAD is GET without the content: link checkers and monitors use it and trust its status and fields. A HEAD that loses the challenge or gets another status misleads them.</source>
        <translation>HEAD ist GET ohne Inhalt: Linkprüfer und Monitoring-Werkzeuge verwenden es und vertrauen seinem Status und seinen Feldern. Ein HEAD, dem die Challenge fehlt oder das einen anderen Status erhält, führt sie in die Irre.</translation>
    </message>
    <message>
        <source>407 (proxy authentication) from the server itself</source>
        <translation>407 (Proxy-Authentifizierung) vom Server selbst</translation>
    </message>
    <message>
        <source>The proxy MUST send a Proxy-Authenticate header field (Section 11.7.1) containing a challenge applicable to that proxy for the request. The client MAY repeat the request with a new or replaced Proxy-Authorization header field (Section 11.7.2).</source>
        <translation>Der Proxy MUSS ein Header-Feld Proxy-Authenticate (Abschnitt 11.7.1) senden, das eine für diesen Proxy und die Anfrage geltende Challenge enthält. Der Client DARF die Anfrage mit einem neuen oder ersetzten Header-Feld Proxy-Authorization (Abschnitt 11.7.2) wiederholen.</translation>
    </message>
    <message>
        <source>The request went to the server directly, not through a proxy, so a 407 is a 401 mixed up: clients answer it with Proxy-Authorization, which the server never reads. An origin server asks with 401 and WWW-Authenticate.</source>
        <translation>Die Anfrage ging direkt an den Server, nicht über einen Proxy, also ist die 407 eine verwechselte 401: Clients antworten darauf mit Proxy-Authorization, das der Server nie liest. Ein Ursprungsserver fragt mit 401 und WWW-Authenticate.</translation>
    </message>
    <message>
        <source>407 without a Proxy-Authenticate challenge</source>
        <translation>407 ohne Proxy-Authenticate-Challenge</translation>
    </message>
    <message>
        <source>A proxy MUST send at least one Proxy-Authenticate header field in each 407 (Proxy Authentication Required) response that it generates.</source>
        <translation>Ein Proxy MUSS in jeder 407-Antwort (Proxy Authentication Required), die er erzeugt, mindestens ein Header-Feld Proxy-Authenticate senden.</translation>
    </message>
    <message>
        <source>Without Proxy-Authenticate no client knows how to authenticate to the proxy.</source>
        <translation>Ohne Proxy-Authenticate weiß kein Client, wie er sich beim Proxy authentifizieren soll.</translation>
    </message>
    <message>
        <source>X-Forwarded-For sent by the client changes the answer</source>
        <translation>Ein vom Client gesendetes X-Forwarded-For ändert die Antwort</translation>
    </message>
    <message>
        <source>The &quot;Forwarded&quot; HTTP header field cannot be relied upon to be correct, as it may be modified, whether mistakenly or for malicious reasons, by every node on the way to the server, including the client making the request.</source>
        <translation>Man kann sich nicht darauf verlassen, dass das HTTP-Header-Feld &quot;Forwarded&quot; korrekt ist, da es von jedem Knoten auf dem Weg zum Server, einschließlich des Clients, der die Anfrage stellt, versehentlich oder in böser Absicht verändert werden kann.</translation>
    </message>
    <message>
        <source>The check talked to the server directly and claimed another address in X-Forwarded-For, and the answer changed: an address rule believes the client&apos;s claim. Read the field only from a proxy you run, and only the entry that proxy added.</source>
        <translation>Die Prüfung hat direkt mit dem Server gesprochen und in X-Forwarded-For eine andere Adresse behauptet, und die Antwort hat sich geändert: Eine Adressregel glaubt der Behauptung des Clients. Lesen Sie das Feld nur von einem Proxy, den Sie selbst betreiben, und nur den Eintrag, den dieser Proxy hinzugefügt hat.</translation>
    </message>
    <message>
        <source>The credentials given to the check were refused</source>
        <translation>Die der Prüfung übergebenen Zugangsdaten wurden abgewiesen</translation>
    </message>
    <message>
        <source>The 401 (Unauthorized) status code indicates that the request has not been applied because it lacks valid authentication credentials for the target resource.</source>
        <translation>Der Statuscode 401 (Unauthorized) zeigt an, dass die Anfrage nicht ausgeführt wurde, weil ihr gültige Zugangsdaten zur Authentifizierung für die Zielressource fehlen.</translation>
    </message>
    <message>
        <source>The server answered the credentials of --user (or --token) with 401, so the findings that compare an authenticated answer with the others were not checked. Check the user name, password or token.</source>
        <translation>Der Server hat die Zugangsdaten von --user (oder --token) mit 401 beantwortet, daher wurden die Befunde, die eine authentifizierte Antwort mit den anderen vergleichen, nicht geprüft. Überprüfen Sie Benutzername, Passwort oder Token.</translation>
    </message>
    <message>
        <source>MUST violated</source>
        <translation>MUSS verletzt</translation>
    </message>
    <message>
        <source>SHOULD violated</source>
        <translation>SOLLTE verletzt</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>A server generating a 401 (Unauthorized) response MUST send a WWW-Authenticate header field containing at least one challenge.</source>
        <translation>Ein Server, der eine 401-Antwort (Unauthorized) erzeugt, MUSS ein Header-Feld WWW-Authenticate senden, das mindestens eine Challenge enthält.</translation>
    </message>
    <message>
        <source>Part of the field does not follow the challenge grammar of RFC 9110 §11.3, challenge = auth-scheme [ 1*SP ( token68 / #auth-param ) ]: a scheme token, a space, then token68 or name=value parameters separated by commas, values as token or quoted-string. Clients stop reading at the first error and may miss the scheme they need.</source>
        <translation>Ein Teil des Feldes folgt nicht der Challenge-Grammatik aus RFC 9110 §11.3, challenge = auth-scheme [ 1*SP ( token68 / #auth-param ) ]: ein Schema-Token, ein Leerzeichen, dann token68 oder durch Kommas getrennte name=value-Parameter, die Werte als token oder quoted-string. Clients hören beim ersten Fehler auf zu lesen und übersehen dann womöglich das Schema, das sie brauchen.</translation>
    </message>
    <message>
        <source>RFC 7617 allows no other value, but with no MUST: the parameter is &quot;purely advisory&quot;. Send charset=&quot;UTF-8&quot; or no charset at all; clients ignore other values and fall back to their own guess.</source>
        <translation>RFC 7617 erlaubt keinen anderen Wert, aber ohne MUSS: Der Parameter ist &quot;rein empfehlend&quot;. Senden Sie charset=&quot;UTF-8&quot; oder gar kein charset; Clients ignorieren andere Werte und verlassen sich auf ihre eigene Vermutung.</translation>
    </message>
    <message>
        <source>The request is missing a required parameter, includes an unsupported parameter or parameter value, repeats the same parameter, uses more than one method for including an access token, or is otherwise malformed. The resource server SHOULD respond with the HTTP 400 (Bad Request) status code. The access token provided is expired, revoked, malformed, or invalid for other reasons. The resource SHOULD respond with the HTTP 401 (Unauthorized) status code. The request requires higher privileges than provided by the access token. The resource server SHOULD respond with the HTTP 403 (Forbidden) status code and MAY include the &quot;scope&quot; attribute with the scope necessary to access the protected resource.</source>
        <translation>Der Anfrage fehlt ein erforderlicher Parameter, sie enthält einen nicht unterstützten Parameter oder Parameterwert, wiederholt denselben Parameter, verwendet mehr als eine Methode zur Übermittlung eines Access-Tokens oder ist anderweitig fehlerhaft. Der Ressourcenserver SOLLTE mit dem HTTP-Statuscode 400 (Bad Request) antworten. Das übermittelte Access-Token ist abgelaufen, widerrufen, fehlerhaft oder aus anderen Gründen ungültig. Die Ressource SOLLTE mit dem HTTP-Statuscode 401 (Unauthorized) antworten. Die Anfrage erfordert höhere Berechtigungen, als das Access-Token gewährt. Der Ressourcenserver SOLLTE mit dem HTTP-Statuscode 403 (Forbidden) antworten und DARF das Attribut &quot;scope&quot; mit dem Scope angeben, der für den Zugriff auf die geschützte Ressource nötig ist.</translation>
    </message>
    <message>
        <source>403 without WWW-Authenticate from a resource protected by Bearer tokens</source>
        <translation>403 ohne WWW-Authenticate von einer durch Bearer-Tokens geschützten Ressource</translation>
    </message>
    <message>
        <source>If the protected resource request does not include authentication credentials or does not contain an access token that enables access to the protected resource, the resource server MUST include the HTTP &quot;WWW-Authenticate&quot; response header field; it MAY include it in response to other conditions as well.</source>
        <translation>Enthält die Anfrage an die geschützte Ressource keine Zugangsdaten zur Authentifizierung oder kein Access-Token, das den Zugriff auf die geschützte Ressource ermöglicht, MUSS der Ressourcenserver das HTTP-Antwort-Header-Feld &quot;WWW-Authenticate&quot; angeben; er DARF es auch unter anderen Bedingungen angeben.</translation>
    </message>
    <message>
        <source>The request had no token, or a token that does not open this resource (for a valid token: not enough scope), and the 403 says nothing about how to get in. Without a token answer 401 with Bearer realm=&quot;...&quot;; for a valid token without the scope answer 403 with Bearer error=&quot;insufficient_scope&quot;, scope=&quot;...&quot; (standards.md rows 1 and 8).</source>
        <translation>Die Anfrage hatte kein Token oder ein Token, das diese Ressource nicht öffnet (bei einem gültigen Token: zu wenig Scope), und die 403 sagt nichts darüber, wie man hineinkommt. Ohne Token antworten Sie mit 401 und Bearer realm=&quot;...&quot;; bei einem gültigen Token ohne den Scope antworten Sie mit 403 und Bearer error=&quot;insufficient_scope&quot;, scope=&quot;...&quot; (standards.md, Zeilen 1 und 8).</translation>
    </message>
    <message>
        <source>RFC 9110 says &quot;ought to&quot;, no MUST or SHOULD, but the other user&apos;s credentials are valid (you said so with --other-user), so a 401 makes clients prompt again and again for a password that will never work. Answer 403. If the other user&apos;s password is in fact wrong, this finding is not about the server.</source>
        <translation>RFC 9110 sagt nur &quot;ought to&quot; (ein kleingeschriebenes &quot;sollte&quot;), also weder MUSS noch SOLLTE. Aber die Zugangsdaten des anderen Benutzers sind gültig (das haben Sie mit --other-user angegeben), und bei einer 401 fragen Clients immer wieder nach einem Passwort, das nie funktionieren wird. Antworten Sie mit 403. Ist das Passwort des anderen Benutzers tatsächlich falsch, betrifft dieser Befund nicht den Server.</translation>
    </message>
    <message>
        <source>Note that various custom mechanisms for user authentication use the Set-Cookie and Cookie header fields, defined in [COOKIE], for passing tokens related to authentication.</source>
        <translation>Beachten Sie, dass verschiedene eigene Mechanismen zur Benutzerauthentifizierung die in [COOKIE] definierten Header-Felder Set-Cookie und Cookie verwenden, um authentifizierungsbezogene Tokens zu übermitteln.</translation>
    </message>
    <message>
        <source>A cookie login is outside HTTP authentication, so no RFC keyword is broken, but a redirect to the login page is right for a browser&apos;s navigation, never for an API call: HTTP clients follow the 302 and end on a 200 HTML page, which they take for success. For a request that asks for JSON answer 401 with a challenge (or 403 if no HTTP scheme applies), as standards.md row 12 says.</source>
        <translation>Eine Cookie-Anmeldung liegt außerhalb der HTTP-Authentifizierung, daher wird kein RFC-Schlüsselwort verletzt. Doch eine Weiterleitung zur Anmeldeseite ist nur für die Navigation im Browser richtig, nie für einen API-Aufruf: HTTP-Clients folgen der 302, landen auf einer HTML-Seite mit 200 und halten das für einen Erfolg. Auf eine Anfrage, die JSON verlangt, antworten Sie mit 401 und einer Challenge (oder mit 403, wenn kein HTTP-Schema passt), wie es standards.md in Zeile 12 vorsieht.</translation>
    </message>
    <message>
        <source>A login form is a cookie login, outside HTTP authentication, so no RFC keyword is broken. Still, the request without valid credentials gets 200 and a page with a password field, while the good credentials get the resource: the status says success when the request was refused. Caches store it and API clients parse the form as data. Answer 401 (a browser may be shown the form in its body).</source>
        <translation>Ein Anmeldeformular ist eine Cookie-Anmeldung und liegt außerhalb der HTTP-Authentifizierung, daher wird kein RFC-Schlüsselwort verletzt. Trotzdem erhält die Anfrage ohne gültige Zugangsdaten 200 und eine Seite mit einem Passwortfeld, während die richtigen Zugangsdaten die Ressource erhalten: Der Status meldet Erfolg, obwohl die Anfrage abgewiesen wurde. Caches speichern die Antwort, und API-Clients lesen das Formular als Daten. Antworten Sie mit 401 (einem Browser kann das Formular im Body gezeigt werden).</translation>
    </message>
</context>
<context>
    <name>authlab::ClientEngine</name>
    <message>
        <source>The server said stale=true: the password was right but the nonce had expired. Retried once with the new nonce, without asking.</source>
        <translation>Der Server meldete stale=true: Das Passwort war richtig, aber die Nonce war abgelaufen. Einmal mit der neuen Nonce erneut versucht, ohne nachzufragen.</translation>
    </message>
    <message>
        <source>Offered: %1. Chose %2, the strongest this client can answer (Digest SHA-256 &gt; Digest MD5 &gt; Basic; Bearer only with a token).</source>
        <translation>Angeboten: %1. Gewählt: %2, das stärkste Schema, auf das dieser Client antworten kann (Digest SHA-256 &gt; Digest MD5 &gt; Basic; Bearer nur mit einem Token).</translation>
    </message>
    <message>
        <source>The proxy offered: %1. Answered Basic with Proxy-Authorization, which goes to the proxy only (RFC 9110 §11.7.2).</source>
        <translation>Der Proxy bot an: %1. Beantwortet mit Basic in Proxy-Authorization, das nur an den Proxy geht (RFC 9110 §11.7.2).</translation>
    </message>
</context>
<context>
    <name>authlab::CredentialBuilder</name>
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
        <source>Bearer token of %1.</source>
        <translation>Bearer-Token von %1.</translation>
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
    <message>
        <source>typed token</source>
        <translation>eingegebenes Token</translation>
    </message>
    <message>
        <source>typed password</source>
        <translation>eingegebenes Passwort</translation>
    </message>
    <message>
        <source>valid token</source>
        <translation>gültiges Token</translation>
    </message>
    <message>
        <source>correct password</source>
        <translation>richtiges Passwort</translation>
    </message>
    <message>
        <source>altered token</source>
        <translation>verändertes Token</translation>
    </message>
    <message>
        <source>unknown token</source>
        <translation>unbekanntes Token</translation>
    </message>
    <message>
        <source>no credentials</source>
        <translation>keine Zugangsdaten</translation>
    </message>
    <message>
        <source>Bearer, but no token is typed; nothing is sent.</source>
        <translation>Bearer, aber es ist kein Token eingegeben; es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Bearer, the typed token (the user-id is not sent with Bearer).</source>
        <translation>Bearer, das eingegebene Token (bei Bearer wird die Benutzer-ID nicht gesendet).</translation>
    </message>
    <message>
        <source>It is not one b64token (RFC 6750 §2.1): the server will find the field malformed.</source>
        <translation>Es ist kein einzelnes b64token (RFC 6750 §2.1): Der Server wird das Feld als fehlerhaft ansehen.</translation>
    </message>
    <message>
        <source>No user of this scenario has this token: the server will not know it.</source>
        <translation>Kein Benutzer dieses Szenarios hat dieses Token: Der Server wird es nicht kennen.</translation>
    </message>
    <message>
        <source>In this scenario that is %1&apos;s token, which has expired.</source>
        <translation>In diesem Szenario ist das das Token von %1, und es ist abgelaufen.</translation>
    </message>
    <message>
        <source>In this scenario that is %1&apos;s token.</source>
        <translation>In diesem Szenario ist das das Token von %1.</translation>
    </message>
    <message>
        <source>%1 has no valid bearer token in this scenario; nothing is sent.</source>
        <translation>%1 hat in diesem Szenario kein gültiges Bearer-Token; es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 has no valid bearer token in this scenario to alter; nothing is sent.</source>
        <translation>%1 hat in diesem Szenario kein gültiges Bearer-Token, das sich verändern ließe; es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Bearer, %1&apos;s token altered: no user of this scenario has it, so the server will not know it, as with an unknown token.</source>
        <translation>Bearer, das Token von %1 verändert: Kein Benutzer dieses Szenarios hat es, daher wird der Server es nicht kennen, wie bei einem unbekannten Token.</translation>
    </message>
    <message>
        <source>Bearer, a token no user of this scenario has.</source>
        <translation>Bearer, ein Token, das kein Benutzer dieses Szenarios hat.</translation>
    </message>
    <message>
        <source>Basic, the typed user-id &quot;%1&quot; and password.</source>
        <translation>Basic, die eingegebene Benutzer-ID &quot;%1&quot; und das eingegebene Passwort.</translation>
    </message>
    <message>
        <source>This scenario has no user &quot;%1&quot;: the server will not know this user.</source>
        <translation>Dieses Szenario hat keinen Benutzer &quot;%1&quot;: Der Server wird diesen Benutzer nicht kennen.</translation>
    </message>
    <message>
        <source>In this scenario that is %1&apos;s password.</source>
        <translation>In diesem Szenario ist das das Passwort von %1.</translation>
    </message>
    <message>
        <source>In this scenario that is not %1&apos;s password: the server will find it wrong.</source>
        <translation>In diesem Szenario ist das nicht das Passwort von %1: Der Server wird es als falsch ansehen.</translation>
    </message>
    <message>
        <source>A user-id cannot contain a colon (RFC 7617 §2): the server reads the user-id only up to the first colon.</source>
        <translation>Eine Benutzer-ID kann keinen Doppelpunkt enthalten (RFC 7617 §2): Der Server liest die Benutzer-ID nur bis zum ersten Doppelpunkt.</translation>
    </message>
    <message>
        <source>Basic, %1, who is not in this scenario, with an empty password.</source>
        <translation>Basic, %1 (kein Benutzer dieses Szenarios) mit einem leeren Passwort.</translation>
    </message>
    <message>
        <source>Latin-1 cannot carry every character of the password; those characters were sent as &apos;?&apos;.</source>
        <translation>Latin-1 kann nicht jedes Zeichen des Passworts darstellen; diese Zeichen wurden als &apos;?&apos; gesendet.</translation>
    </message>
    <message>
        <source>the typed user-id &quot;%1&quot; and password</source>
        <translation>die eingegebene Benutzer-ID &quot;%1&quot; und das eingegebene Passwort</translation>
    </message>
    <message>
        <source>%1 with a wrong password</source>
        <translation>%1 mit einem falschen Passwort</translation>
    </message>
    <message>
        <source>a user the server does not know (%1)</source>
        <translation>ein Benutzer, den der Server nicht kennt (%1)</translation>
    </message>
    <message>
        <source>%1 with the right password</source>
        <translation>%1 mit dem richtigen Passwort</translation>
    </message>
    <message>
        <source>Cookie session, %1: like a browser, the client sends its cookies for this identity, follows the redirect to the login form, posts it, and keeps the session cookie it gets (one cookie jar per identity).</source>
        <translation>Cookie-Sitzung, %1: Wie ein Browser sendet der Client seine Cookies für diese Identität, folgt der Umleitung zum Anmeldeformular, sendet es per POST ab und behält das Sitzungs-Cookie, das er erhält (ein Cookie-Speicher pro Identität).</translation>
    </message>
    <message>
        <source>Digest (RFC 7616), %1: sent only in answer to the server&apos;s challenge, as a hash over its nonce; the password itself never travels.</source>
        <translation>Digest (RFC 7616), %1: nur als Antwort auf die Challenge des Servers gesendet, als Hash über dessen Nonce; das Passwort selbst wird nie übertragen.</translation>
    </message>
    <message>
        <source>Malformed: a session cookie whose value is not cookie-octets (RFC 6265 §4.1.1).</source>
        <translation>Fehlerhaft: ein Sitzungs-Cookie, dessen Wert nicht aus cookie-octets besteht (RFC 6265 §4.1.1).</translation>
    </message>
    <message>
        <source>Malformed: a Digest field without its response parameter (RFC 7616 §3.4), sent in answer to the challenge.</source>
        <translation>Fehlerhaft: ein Digest-Feld ohne seinen Parameter response (RFC 7616 §3.4), gesendet als Antwort auf die Challenge.</translation>
    </message>
    <message>
        <source>With Digest the whole user-id is sent as typed, colon included.</source>
        <translation>Bei Digest wird die gesamte Benutzer-ID so gesendet, wie sie eingegeben wurde, einschließlich Doppelpunkt.</translation>
    </message>
    <message>
        <source>Through the proxy %1, without proxy credentials: its 407 is not answered.</source>
        <translation>Über den Proxy %1, ohne Zugangsdaten für den Proxy: seine 407 wird nicht beantwortet.</translation>
    </message>
    <message>
        <source>Through the proxy %1: its 407 is answered once with Proxy-Authorization, the same credentials as Basic; the proxy gets them on every later leg, the origin never.</source>
        <translation>Über den Proxy %1: seine 407 wird einmal mit Proxy-Authorization beantwortet, mit denselben Zugangsdaten als Basic; der Proxy erhält sie bei jedem weiteren Schritt, der Ursprungsserver nie.</translation>
    </message>
</context>
<context>
    <name>authlab::Curl</name>
    <message>
        <source>Digest: this repeats the nonce and nc of the original request; a server that counts nc (as AuthLab&apos;s does) answers 401 (a replay, or stale=true). For a fresh answer use curl --digest -u USER:PASSWORD instead.</source>
        <translation>Digest: Der Befehl wiederholt die Nonce und nc der ursprünglichen Anfrage; ein Server, der nc zählt (wie der von AuthLab), antwortet mit 401 (eine Wiederholung oder stale=true). Für eine frische Antwort verwenden Sie stattdessen curl --digest -u USER:PASSWORD.</translation>
    </message>
    <message>
        <source>The record kept only the first %1 bytes of the request&apos;s content; the command sends those.</source>
        <translation>Die Aufzeichnung enthält nur die ersten %1 Bytes vom Inhalt der Anfrage; der Befehl sendet diese.</translation>
    </message>
    <message>
        <source>The record has no request line: nothing to send.</source>
        <translation>Die Aufzeichnung hat keine Anfragezeile: Es gibt nichts zu senden.</translation>
    </message>
    <message>
        <source>A HEAD request with content: curl waits for the content the answer announces, which a HEAD answer does not have; stop it with Ctrl+C once the header block is shown.</source>
        <translation>Eine HEAD-Anfrage mit Inhalt: curl wartet auf den Inhalt, den die Antwort ankündigt und den eine Antwort auf HEAD nicht hat; beenden Sie es mit Strg+C, sobald der Header-Block angezeigt ist.</translation>
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
    <name>authlab::Har</name>
    <message>
        <source>Only the first %1 bytes were recorded.</source>
        <translation>Nur die ersten %1 Bytes wurden aufgezeichnet.</translation>
    </message>
    <message>
        <source>Only the first %1 bytes of the content were recorded.</source>
        <translation>Nur die ersten %1 Bytes des Inhalts wurden aufgezeichnet.</translation>
    </message>
    <message>
        <source>AuthLab&apos;s server answered %1: %2 (%3)</source>
        <translation>Der Server von AuthLab antwortete mit %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Passwords, tokens and cookie values are replaced by &lt;redacted&gt;.</source>
        <translation>Passwörter, Tokens und Cookie-Werte sind durch &lt;redacted&gt; ersetzt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
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
    <name>authlab::HttpConnection</name>
    <message>
        <source>Only http:// and https:// URLs with a host can be requested: %1</source>
        <translation>Nur http://- und https://-URLs mit einem Host können angefordert werden: %1</translation>
    </message>
    <message>
        <source>The response head is over the limit of %1 bytes or %2 fields; the rest was not read.</source>
        <translation>Der Antwortkopf überschreitet die Grenze von %1 Bytes oder %2 Header-Feldern; der Rest wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The response content is over the limit of %1 bytes; the rest was not read.</source>
        <translation>Der Inhalt der Antwort überschreitet die Grenze von %1 Bytes; der Rest wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>Not a valid HTTP/1.1 response (%1, at byte %2).</source>
        <translation>Keine gültige HTTP/1.1-Antwort (%1, bei Byte %2).</translation>
    </message>
    <message>
        <source>The server closed (or reset) the connection without answering.</source>
        <translation>Der Server hat die Verbindung geschlossen (oder zurückgesetzt), ohne zu antworten.</translation>
    </message>
    <message>
        <source>The server closed (or reset) the connection in the middle of the response head (%1 bytes received).</source>
        <translation>Der Server hat die Verbindung mitten im Antwortkopf geschlossen (oder zurückgesetzt) (%1 Bytes empfangen).</translation>
    </message>
    <message>
        <source>The server closed (or reset) the connection before the end of the content (%1 bytes of content received).</source>
        <translation>Der Server hat die Verbindung vor dem Ende des Inhalts geschlossen (oder zurückgesetzt) (%1 Bytes Inhalt empfangen).</translation>
    </message>
    <message>
        <source>while connecting</source>
        <translation>beim Verbindungsaufbau</translation>
    </message>
    <message>
        <source>while reading the response content</source>
        <translation>beim Lesen des Antwortinhalts</translation>
    </message>
    <message>
        <source>while reading the response head</source>
        <translation>beim Lesen des Antwortkopfs</translation>
    </message>
    <message>
        <source>while waiting for the response</source>
        <translation>beim Warten auf die Antwort</translation>
    </message>
    <message>
        <source>The server closed (or reset) the connection %1 (%2).</source>
        <translation>Der Server hat die Verbindung %1 geschlossen (oder zurückgesetzt) (%2).</translation>
    </message>
    <message>
        <source>Connection refused by %1: nothing listens there.</source>
        <translation>Verbindung von %1 abgelehnt: Dort lauscht nichts.</translation>
    </message>
    <message>
        <source>Host not found: %1.</source>
        <translation>Host nicht gefunden: %1.</translation>
    </message>
    <message>
        <source>TLS: the server&apos;s certificate was not accepted: %1. Tick &quot;Accept any certificate&quot; to send the request anyway (like curl -k).</source>
        <translation>TLS: Das Zertifikat des Servers wurde nicht akzeptiert: %1. Kreuzen Sie &quot;Beliebiges Zertifikat akzeptieren&quot; an, um die Anfrage trotzdem zu senden (wie curl -k).</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The connection to %1 failed %2: %3</source>
        <translation>Die Verbindung zu %1 ist %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Timed out: no connection to %1 within %2 ms.</source>
        <translation>Zeitüberschreitung: keine Verbindung zu %1 innerhalb von %2 ms.</translation>
    </message>
    <message>
        <source>Timed out %1: nothing received for %2 ms.</source>
        <translation>Zeitüberschreitung %1: %2 ms lang nichts empfangen.</translation>
    </message>
    <message>
        <source>Timed out %1: the response was not complete after %2 ms in all.</source>
        <translation>Zeitüberschreitung %1: Die Antwort war nach insgesamt %2 ms nicht vollständig.</translation>
    </message>
    <message>
        <source>Through a proxy, only http:// URLs can be requested, via an http:// proxy with a host: %1 via %2</source>
        <translation>Über einen Proxy lassen sich nur http://-URLs anfragen, über einen http://-Proxy mit Host: %1 über %2</translation>
    </message>
    <message>
        <source>The response is over the limit of %1 bytes in all (head, content and chunk framing); the rest was not read.</source>
        <translation>Die Antwort überschreitet insgesamt die Grenze von %1 Bytes (Kopf, Inhalt und Chunk-Rahmung); der Rest wurde nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>authlab::LessonIO</name>
    <message>
        <source>required field is missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>session cookie</source>
        <translation>Sitzungs-Cookie</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither &quot;anonymous&quot; nor a user of the lesson&apos;s scenario</source>
        <translation>&quot;%1&quot; ist weder &quot;anonymous&quot; noch ein Benutzer des Szenarios der Lektion</translation>
    </message>
    <message>
        <source>must start with &quot;/&quot;</source>
        <translation>muss mit &quot;/&quot; beginnen</translation>
    </message>
    <message>
        <source>watched twice</source>
        <translation>doppelt beobachtet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a behaviour that deviates from RFC 9110 (known: %2)</source>
        <translation>&quot;%1&quot; ist kein Verhalten, das von RFC 9110 abweicht (bekannt: %2)</translation>
    </message>
    <message>
        <source>listed twice</source>
        <translation>doppelt aufgeführt</translation>
    </message>
    <message>
        <source>must name at least one behaviour</source>
        <translation>muss mindestens ein Verhalten nennen</translation>
    </message>
    <message>
        <source>a lesson needs at least one step</source>
        <translation>eine Lektion braucht mindestens einen Schritt</translation>
    </message>
    <message>
        <source>a step needs at least one condition</source>
        <translation>ein Schritt braucht mindestens eine Bedingung</translation>
    </message>
    <message>
        <source>&quot;behaviours&quot; needs a bug hunt (&quot;bugHunt&quot;: the behaviours to pick from)</source>
        <translation>&quot;behaviours&quot; braucht eine Fehlersuche (&quot;bugHunt&quot;: die Verhaltensweisen zur Auswahl)</translation>
    </message>
    <message>
        <source>a question needs at least two options</source>
        <translation>eine Frage braucht mindestens zwei Optionen</translation>
    </message>
    <message>
        <source>duplicate option &quot;%1&quot;</source>
        <translation>doppelte Option &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown condition &quot;%1&quot; (known: watch, answer, member, unchanged, behaviour, choice, bug)</source>
        <translation>unbekannte Bedingung &quot;%1&quot; (bekannt: watch, answer, member, unchanged, behaviour, choice, bug)</translation>
    </message>
    <message>
        <source>group &quot;%1&quot; is not in the lesson&apos;s scenario</source>
        <translation>Gruppe &quot;%1&quot; ist nicht im Szenario der Lektion</translation>
    </message>
    <message>
        <source>give either &quot;user&quot; or &quot;resource&quot;</source>
        <translation>geben Sie entweder &quot;user&quot; oder &quot;resource&quot; an</translation>
    </message>
    <message>
        <source>no resource &quot;%1&quot; in the lesson&apos;s scenario</source>
        <translation>keine Ressource &quot;%1&quot; im Szenario der Lektion</translation>
    </message>
    <message>
        <source>unknown behaviour &quot;%1&quot; (known: %2)</source>
        <translation>unbekanntes Verhalten &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of this step&apos;s &quot;choice&quot;</source>
        <translation>&quot;%1&quot; ist keine Option der &quot;choice&quot; dieses Schritts</translation>
    </message>
    <message>
        <source>&quot;bug&quot; needs a bug hunt and a &quot;choice&quot; whose options are &quot;behaviours&quot;</source>
        <translation>&quot;bug&quot; braucht eine Fehlersuche und eine &quot;choice&quot;, deren Optionen &quot;behaviours&quot; sind</translation>
    </message>
    <message>
        <source>%1 %2 is not among the lesson&apos;s &quot;watches&quot;</source>
        <translation>%1 %2 ist nicht unter den &quot;watches&quot; der Lektion</translation>
    </message>
    <message>
        <source>must be a status code from 100 to 599, or an array of them</source>
        <translation>muss ein Statuscode von 100 bis 599 sein oder ein Array davon</translation>
    </message>
    <message>
        <source>must be a number of legs from 1 to 10</source>
        <translation>muss eine Anzahl von Schritten von 1 bis 10 sein</translation>
    </message>
    <message>
        <source>&quot;contains&quot;, &quot;lacks&quot; and &quot;absent&quot; need a &quot;header&quot;</source>
        <translation>&quot;contains&quot;, &quot;lacks&quot; und &quot;absent&quot; brauchen einen &quot;header&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user of the lesson&apos;s scenario</source>
        <translation>&quot;%1&quot; ist kein Benutzer des Szenarios der Lektion</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>muss &quot;%1&quot; sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>this AuthLab reads lesson files of version 1</source>
        <translation>diese AuthLab-Version liest Lektionsdateien der Version 1</translation>
    </message>
    <message>
        <source>the scenario %1 cannot be used:</source>
        <translation>das Szenario %1 ist nicht verwendbar:</translation>
    </message>
</context>
<context>
    <name>authlab::LessonRunner</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>watched %1 %2</source>
        <translation>beobachtete Anfrage %1 %2</translation>
    </message>
    <message>
        <source>the client&apos;s %1 %2</source>
        <translation>%1 %2 des Clients</translation>
    </message>
    <message>
        <source>the client&apos;s answer</source>
        <translation>die Antwort an den Client</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>als %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message numerus="yes">
        <source>in %n leg(s)</source>
        <translation>
            <numerusform>in %n Schritt</numerusform>
            <numerusform>in %n Schritten</numerusform>
        </translation>
    </message>
    <message>
        <source>no %1 field</source>
        <translation>kein Feld %1</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation>%1 enthält %2</translation>
    </message>
    <message>
        <source>%1 without %2</source>
        <translation>%1 ohne %2</translation>
    </message>
    <message>
        <source>with a %1 field</source>
        <translation>mit einem Feld %1</translation>
    </message>
    <message>
        <source>ending at %1</source>
        <translation>endet bei %1</translation>
    </message>
    <message>
        <source>not watched (add it back: Request ▸ Watch)</source>
        <translation>nicht beobachtet (wieder hinzufügen: Anfrage ▸ URL beobachten)</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>noch keine Antwort</translation>
    </message>
    <message>
        <source>now %1 as %2</source>
        <translation>jetzt %1 als %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 is in the group %2</source>
        <translation>%1 ist in der Gruppe %2</translation>
    </message>
    <message>
        <source>%1 is not in the group %2</source>
        <translation>%1 ist nicht in der Gruppe %2</translation>
    </message>
    <message>
        <source>%1&apos;s password and tokens are as the lesson set them</source>
        <translation>Passwort und Tokens von %1 sind so, wie die Lektion sie festgelegt hat</translation>
    </message>
    <message>
        <source>the rules of %1 are as the lesson set them</source>
        <translation>die Regeln von %1 sind so, wie die Lektion sie festgelegt hat</translation>
    </message>
    <message>
        <source>the server behaviour is “%1”</source>
        <translation>das Serververhalten ist „%1“</translation>
    </message>
    <message>
        <source>your answer is right</source>
        <translation>Ihre Antwort ist richtig</translation>
    </message>
    <message>
        <source>not this one</source>
        <translation>nicht diese</translation>
    </message>
    <message>
        <source>you named the bug</source>
        <translation>Sie haben den Bug benannt</translation>
    </message>
</context>
<context>
    <name>authlab::Lessons</name>
    <message>
        <source>401 or 403?</source>
        <translation>401 oder 403?</translation>
    </message>
    <message>
        <source>Ask for /staff without credentials and get 401 Unauthorized with a challenge.</source>
        <translation>Fragen Sie /staff ohne Zugangsdaten an und erhalten Sie 401 Unauthorized mit einer Challenge.</translation>
    </message>
    <message>
        <source>In the Client pane, choose the identity &quot;anonymous (no credentials)&quot;.</source>
        <translation>Wählen Sie im Client-Bereich die Identität &quot;anonym (ohne Zugangsdaten)&quot;.</translation>
    </message>
    <message>
        <source>Look at the WWW-Authenticate field of the answer: it names the scheme (Basic) and the realm.</source>
        <translation>Sehen Sie sich das Feld WWW-Authenticate der Antwort an: Es nennt das Schema (Basic) und den Realm.</translation>
    </message>
    <message>
        <source>No credentials, so the server cannot know who asks: 401, and WWW-Authenticate tells the client how to authenticate (RFC 9110 §15.5.2).</source>
        <translation>Keine Zugangsdaten, also kann der Server nicht wissen, wer fragt: 401, und WWW-Authenticate sagt dem Client, wie er sich authentifiziert (RFC 9110 §15.5.2).</translation>
    </message>
    <message>
        <source>Ask for /staff as carol with her correct password. She is not in the staff group: 403 Forbidden.</source>
        <translation>Fragen Sie /staff als carol mit ihrem richtigen Passwort an. Sie ist nicht in der Gruppe staff: 403 Forbidden.</translation>
    </message>
    <message>
        <source>Identity: carol, credentials: correct password.</source>
        <translation>Identität: carol, Zugangsdaten: richtiges Passwort.</translation>
    </message>
    <message>
        <source>The trace names the decisive step: carol is authenticated, but not a member of staff.</source>
        <translation>Das Entscheidungsprotokoll nennt den entscheidenden Schritt: carol ist authentifiziert, aber kein Mitglied von staff.</translation>
    </message>
    <message>
        <source>carol proved who she is, so 401 would be wrong: asking again with the same credentials cannot help. 403 says the server understood and refuses (RFC 9110 §15.5.4).</source>
        <translation>carol hat bewiesen, wer sie ist, also wäre 401 falsch: Erneutes Fragen mit denselben Zugangsdaten kann nicht helfen. 403 sagt, dass der Server verstanden hat und ablehnt (RFC 9110 §15.5.4).</translation>
    </message>
    <message>
        <source>Make /admin return 200 for bob without giving him the admin password.</source>
        <translation>Sorgen Sie dafür, dass /admin für bob 200 liefert, ohne ihm das Admin-Passwort zu geben.</translation>
    </message>
    <message>
        <source>The watched row /admin follows every change: choose bob as the identity first.</source>
        <translation>Die beobachtete Zeile /admin folgt jeder Änderung: Wählen Sie zuerst bob als Identität.</translation>
    </message>
    <message>
        <source>Who may see /admin? The Resources pane says: members of admins.</source>
        <translation>Wer darf /admin sehen? Der Bereich Ressourcen sagt: Mitglieder von admins.</translation>
    </message>
    <message>
        <source>Tick bob&apos;s &quot;admins&quot; box (Client pane, Groups, or the Users and groups pane).</source>
        <translation>Kreuzen Sie bei bob das Kästchen &quot;admins&quot; an (Client-Bereich unter Gruppen oder Bereich Benutzer und Gruppen).</translation>
    </message>
    <message>
        <source>The rule asks for a group, so the fix is a membership, not a password: bob keeps his own credentials and the answer turns from 403 to 200.</source>
        <translation>Die Regel verlangt eine Gruppe, also liegt die Lösung in einer Mitgliedschaft, nicht in einem Passwort: bob behält seine eigenen Zugangsdaten, und die Antwort wechselt von 403 zu 200.</translation>
    </message>
    <message>
        <source>401 Unauthorized</source>
        <translation>401 Unauthorized</translation>
    </message>
    <message>
        <source>403 Forbidden</source>
        <translation>403 Forbidden</translation>
    </message>
    <message>
        <source>404 Not Found</source>
        <translation>404 Not Found</translation>
    </message>
    <message>
        <source>The hidden resource (404)</source>
        <translation>Die verborgene Ressource (404)</translation>
    </message>
    <message>
        <source>A server may answer 404 Not Found instead of 403 to hide that a resource exists at all. The hiding only works if that 404 cannot be told apart from the 404 of a path that really does not exist.</source>
        <translation>Ein Server darf mit 404 Not Found statt 403 antworten, um zu verbergen, dass eine Ressource überhaupt existiert. Das Verbergen funktioniert nur, wenn sich diese 404 nicht von der 404 eines Pfads unterscheiden lässt, der wirklich nicht existiert.</translation>
    </message>
    <message>
        <source>alice (an admin) sees the vault. Switch to bob: /vault now answers 404, exactly like /nothing-here, a path that does not exist.</source>
        <translation>alice (eine Administratorin) sieht den Tresor. Wechseln Sie zu bob: /vault antwortet jetzt mit 404, genau wie /nothing-here, ein Pfad, der nicht existiert.</translation>
    </message>
    <message>
        <source>Choose bob as the identity; the watched rows re-send at once.</source>
        <translation>Wählen Sie bob als Identität; die beobachteten Zeilen werden sofort neu gesendet.</translation>
    </message>
    <message>
        <source>Compare the two watched answers: status, Content-Length and body are the same.</source>
        <translation>Vergleichen Sie die beiden beobachteten Antworten: Status, Content-Length und Body sind gleich.</translation>
    </message>
    <message>
        <source>bob may not see the vault, and the server does not even admit that it exists: the same 404 as for a missing path (RFC 9110 §15.5.5).</source>
        <translation>bob darf den Tresor nicht sehen, und der Server gibt nicht einmal zu, dass es ihn gibt: dieselbe 404 wie für einen fehlenden Pfad (RFC 9110 §15.5.5).</translation>
    </message>
    <message>
        <source>Let bob into the vault: make /vault answer 200 for bob while it stays hidden from everyone else.</source>
        <translation>Lassen Sie bob in den Tresor: Sorgen Sie dafür, dass /vault für bob mit 200 antwortet, während er vor allen anderen verborgen bleibt.</translation>
    </message>
    <message>
        <source>Do not change the vault&apos;s rules (public, or not hidden, would show it to others).</source>
        <translation>Ändern Sie nicht die Regeln des Tresors (öffentlich oder nicht verborgen würde ihn anderen zeigen).</translation>
    </message>
    <message>
        <source>Who may see it? Members of admins.</source>
        <translation>Wer darf ihn sehen? Mitglieder von admins.</translation>
    </message>
    <message>
        <source>bob is now an admin, so the vault exists for him; for everyone else it is still a 404.</source>
        <translation>bob ist jetzt Administrator, also existiert der Tresor für ihn; für alle anderen ist er weiterhin eine 404.</translation>
    </message>
    <message>
        <source>Ask for /vault without credentials: still 404, and no challenge either.</source>
        <translation>Fragen Sie /vault ohne Zugangsdaten an: weiterhin 404, und auch keine Challenge.</translation>
    </message>
    <message>
        <source>Identity: anonymous.</source>
        <translation>Identität: anonym.</translation>
    </message>
    <message>
        <source>A 401 would have told the caller that something is there.</source>
        <translation>Eine 401 hätte dem Aufrufer verraten, dass dort etwas ist.</translation>
    </message>
    <message>
        <source>A challenge would give the secret away: the hidden resource answers anonymous callers with the plain 404 too.</source>
        <translation>Eine Challenge würde das Geheimnis verraten: Die verborgene Ressource antwortet auch anonymen Aufrufern mit der schlichten 404.</translation>
    </message>
    <message>
        <source>Why may the server answer 404 where 403 would be the plain truth?</source>
        <translation>Warum darf der Server mit 404 antworten, wo 403 die schlichte Wahrheit wäre?</translation>
    </message>
    <message>
        <source>RFC 9110 §15.5.4, the last sentence about 403.</source>
        <translation>RFC 9110 §15.5.4, der letzte Satz über 403.</translation>
    </message>
    <message>
        <source>The 404 for /vault is…</source>
        <translation>Die 404 für /vault ist…</translation>
    </message>
    <message>
        <source>allowed: a server that does not want to disclose that a forbidden resource exists may answer 404</source>
        <translation>erlaubt: Ein Server, der nicht offenlegen will, dass eine verbotene Ressource existiert, darf mit 404 antworten</translation>
    </message>
    <message>
        <source>required: every forbidden request must get 404</source>
        <translation>vorgeschrieben: Jede verbotene Anfrage muss 404 erhalten</translation>
    </message>
    <message>
        <source>a sign that the password was wrong</source>
        <translation>ein Zeichen dafür, dass das Passwort falsch war</translation>
    </message>
    <message>
        <source>Bearer tokens and scopes</source>
        <translation>Bearer-Tokens und Scopes</translation>
    </message>
    <message>
        <source>Call /api/reports with bob&apos;s token and get 200.</source>
        <translation>Rufen Sie /api/reports mit dem Token von bob auf und erhalten Sie 200.</translation>
    </message>
    <message>
        <source>The answer to Basic is 401 with WWW-Authenticate: Bearer — the API wants a token.</source>
        <translation>Die Antwort auf Basic ist 401 mit WWW-Authenticate: Bearer — die API will ein Token.</translation>
    </message>
    <message>
        <source>In the Client pane, choose the scheme Bearer: the client sends bob&apos;s token.</source>
        <translation>Wählen Sie im Client-Bereich das Schema Bearer: Der Client sendet das Token von bob.</translation>
    </message>
    <message>
        <source>bob&apos;s token carries the scope read, which /api/reports asks for.</source>
        <translation>Das Token von bob trägt den Scope read, den /api/reports verlangt.</translation>
    </message>
    <message>
        <source>Now call /api/admin with bob&apos;s token: 403 with error=&quot;insufficient_scope&quot;.</source>
        <translation>Rufen Sie jetzt /api/admin mit dem Token von bob auf: 403 mit error=&quot;insufficient_scope&quot;.</translation>
    </message>
    <message>
        <source>Change the URL&apos;s path to /api/admin (or pick it with the Resources button).</source>
        <translation>Ändern Sie den Pfad der URL zu /api/admin (oder wählen Sie ihn über die Schaltfläche Ressourcen).</translation>
    </message>
    <message>
        <source>Read the WWW-Authenticate field: error and scope say what is missing.</source>
        <translation>Lesen Sie das Feld WWW-Authenticate: error und scope sagen, was fehlt.</translation>
    </message>
    <message>
        <source>The token is valid, so 401 would be wrong; the token lacks the scope admin: 403, and scope=&quot;admin&quot; names what is needed (RFC 6750 §3.1).</source>
        <translation>Das Token ist gültig, also wäre 401 falsch; dem Token fehlt der Scope admin: 403, und scope=&quot;admin&quot; nennt, was nötig ist (RFC 6750 §3.1).</translation>
    </message>
    <message>
        <source>Send an altered token: 401 with error=&quot;invalid_token&quot;.</source>
        <translation>Senden Sie ein verändertes Token: 401 mit error=&quot;invalid_token&quot;.</translation>
    </message>
    <message>
        <source>Credentials: altered token (the client changes one character of bob&apos;s token).</source>
        <translation>Zugangsdaten: verändertes Token (der Client ändert ein Zeichen im Token von bob).</translation>
    </message>
    <message>
        <source>A token the server does not know proves nothing: 401, and invalid_token tells the client to get a new one.</source>
        <translation>Ein Token, das der Server nicht kennt, beweist nichts: 401, und invalid_token sagt dem Client, dass er ein neues holen soll.</translation>
    </message>
    <message>
        <source>Get 200 from /api/admin with a valid token, without changing what /api/admin requires.</source>
        <translation>Erhalten Sie 200 von /api/admin mit einem gültigen Token, ohne zu ändern, was /api/admin verlangt.</translation>
    </message>
    <message>
        <source>Which user&apos;s token carries the scope admin? The Users and groups pane lists each user&apos;s tokens.</source>
        <translation>Wessen Token trägt den Scope admin? Der Bereich Benutzer und Gruppen listet die Tokens jedes Benutzers auf.</translation>
    </message>
    <message>
        <source>Choose erin, credentials: valid token.</source>
        <translation>Wählen Sie erin, Zugangsdaten: gültiges Token.</translation>
    </message>
    <message>
        <source>The scope decides, not the user&apos;s groups: erin&apos;s token carries admin.</source>
        <translation>Der Scope entscheidet, nicht die Gruppen des Benutzers: Das Token von erin trägt admin.</translation>
    </message>
    <message>
        <source>Digest and stale nonces</source>
        <translation>Digest und veraltete Nonces</translation>
    </message>
    <message>
        <source>Digest (RFC 7616) never sends the password: the client answers the server&apos;s nonce with a hash. A nonce does not live for ever; when it is too old but the hash was right, the server says stale=true and the client silently tries again.</source>
        <translation>Digest (RFC 7616) sendet nie das Passwort: Der Client beantwortet die Nonce des Servers mit einem Hash. Eine Nonce lebt nicht ewig; ist sie zu alt, der Hash aber richtig, meldet der Server stale=true, und der Client versucht es stillschweigend erneut.</translation>
    </message>
    <message>
        <source>Switch the client to Digest and get 200 from /digest/staff as bob.</source>
        <translation>Stellen Sie den Client auf Digest um und erhalten Sie als bob 200 von /digest/staff.</translation>
    </message>
    <message>
        <source>Scheme: Digest. The client waits for the challenge, since the response depends on its nonce.</source>
        <translation>Schema: Digest. Der Client wartet auf die Challenge, denn der Wert response hängt von ihrer Nonce ab.</translation>
    </message>
    <message>
        <source>The Sequence tab shows both legs: 401 with the nonce, then the request with the response hash.</source>
        <translation>Der Reiter Sequenz zeigt beide Schritte: 401 mit der Nonce, dann die Anfrage mit dem response-Hash.</translation>
    </message>
    <message>
        <source>Two legs: the 401 carried a nonce (and two challenges, SHA-256 first); the retry proved the password without sending it.</source>
        <translation>Zwei Schritte: Die 401 enthielt eine Nonce (und zwei Challenges, SHA-256 zuerst); der erneute Versuch bewies das Passwort, ohne es zu senden.</translation>
    </message>
    <message>
        <source>Send the request again (Ctrl+Return): one leg this time.</source>
        <translation>Senden Sie die Anfrage erneut (Strg+Return): diesmal ein Schritt.</translation>
    </message>
    <message>
        <source>The client keeps the nonce and counts: the Authorization field now has nc=00000002.</source>
        <translation>Der Client behält die Nonce und zählt mit: Das Feld Authorization hat jetzt nc=00000002.</translation>
    </message>
    <message>
        <source>With a nonce it already has, the client answers at once; the server checks that nc went up, so a captured request cannot be replayed.</source>
        <translation>Mit einer Nonce, die er schon hat, antwortet der Client sofort; der Server prüft, ob nc gestiegen ist, daher lässt sich eine abgefangene Anfrage nicht wiederholen.</translation>
    </message>
    <message>
        <source>Send a wrong password: 401, and the challenge does not say stale=true.</source>
        <translation>Senden Sie ein falsches Passwort: 401, und die Challenge enthält kein stale=true.</translation>
    </message>
    <message>
        <source>Credentials: wrong password.</source>
        <translation>Zugangsdaten: falsches Passwort.</translation>
    </message>
    <message>
        <source>A wrong hash is a wrong password whatever the nonce: a fresh challenge without stale=true, and the client has to ask its user (RFC 7616 §3.3).</source>
        <translation>Ein falscher Hash ist ein falsches Passwort, egal welche Nonce: eine neue Challenge ohne stale=true, und der Client muss seinen Benutzer fragen (RFC 7616 §3.3).</translation>
    </message>
    <message>
        <source>A server answers a Digest request with 401 and stale=true. What does that tell the client?</source>
        <translation>Ein Server beantwortet eine Digest-Anfrage mit 401 und stale=true. Was sagt das dem Client?</translation>
    </message>
    <message>
        <source>Nonces here live 300 seconds. Leave the client on Digest for five minutes and send again: the legs show the silent retry.</source>
        <translation>Nonces leben hier 300 Sekunden. Lassen Sie den Client fünf Minuten auf Digest und senden Sie erneut: Die Schritte zeigen den stillen erneuten Versuch.</translation>
    </message>
    <message>
        <source>stale=true means…</source>
        <translation>stale=true bedeutet…</translation>
    </message>
    <message>
        <source>the password was wrong: ask the user again</source>
        <translation>das Passwort war falsch: den Benutzer erneut fragen</translation>
    </message>
    <message>
        <source>the nonce is no longer accepted but the hash was right: retry with the new nonce, without asking the user</source>
        <translation>die Nonce wird nicht mehr akzeptiert, aber der Hash war richtig: mit der neuen Nonce erneut versuchen, ohne den Benutzer zu fragen</translation>
    </message>
    <message>
        <source>the account is locked</source>
        <translation>das Konto ist gesperrt</translation>
    </message>
    <message>
        <source>Cookie login and the 302/401/403 debate</source>
        <translation>Cookie-Anmeldung und die Debatte um 302/401/403</translation>
    </message>
    <message>
        <source>Web applications log people in with a form and a cookie, outside HTTP authentication. Browsers get sent to the login page with 302; an API client needs 401 and a challenge instead. Which answer is right depends on who asks.</source>
        <translation>Webanwendungen melden Menschen mit einem Formular und einem Cookie an, außerhalb der HTTP-Authentifizierung. Browser werden mit 302 zur Anmeldeseite geschickt; ein API-Client braucht stattdessen 401 und eine Challenge. Welche Antwort richtig ist, hängt davon ab, wer fragt.</translation>
    </message>
    <message>
        <source>Open /app/ as a browser without a session: 302 Found to /login.</source>
        <translation>Öffnen Sie /app/ als Browser ohne Sitzung: 302 Found zu /login.</translation>
    </message>
    <message>
        <source>Identity: anonymous; the URL&apos;s path: /app/.</source>
        <translation>Identität: anonym; Pfad der URL: /app/.</translation>
    </message>
    <message>
        <source>AuthLab&apos;s client sends Accept: text/html like a browser, so the server sends it to the form.</source>
        <translation>Der Client von AuthLab sendet wie ein Browser Accept: text/html, also schickt ihn der Server zum Formular.</translation>
    </message>
    <message>
        <source>No session cookie and a browser asking: the server redirects to its login form, with next= to come back. A redirect is not an HTTP authentication challenge.</source>
        <translation>Kein Sitzungs-Cookie, und ein Browser fragt: Der Server leitet zu seinem Anmeldeformular um, mit next= für den Rückweg. Eine Umleitung ist keine Challenge der HTTP-Authentifizierung.</translation>
    </message>
    <message>
        <source>Log in as bob with the session scheme and get 200 from /app/.</source>
        <translation>Melden Sie sich als bob mit dem Schema Sitzungs-Cookie an und erhalten Sie von /app/ eine 200.</translation>
    </message>
    <message>
        <source>Identity: bob; scheme: Session cookie (login form).</source>
        <translation>Identität: bob; Schema: Sitzungs-Cookie (Anmeldeformular).</translation>
    </message>
    <message>
        <source>The Sequence tab shows the whole dance: 302, the form, POST /login, 303 with Set-Cookie, and /app/ again with the cookie.</source>
        <translation>Der Reiter Sequenz zeigt den ganzen Ablauf: 302, das Formular, POST /login, 303 mit Set-Cookie und wieder /app/ mit dem Cookie.</translation>
    </message>
    <message>
        <source>The browser-like client followed the redirect, posted the form, got a session cookie and came back: 200.</source>
        <translation>Der browserähnliche Client ist der Umleitung gefolgt, hat das Formular abgeschickt, ein Sitzungs-Cookie erhalten und ist zurückgekehrt: 200.</translation>
    </message>
    <message>
        <source>Log out (Clear cookies) and log in with a wrong password: the answer ends at /login — with 200.</source>
        <translation>Melden Sie sich ab (Cookies löschen) und mit einem falschen Passwort wieder an: Die Antwort endet bei /login — mit 200.</translation>
    </message>
    <message>
        <source>Credentials: wrong password, then the Clear cookies button under the identity.</source>
        <translation>Zugangsdaten: falsches Passwort, dann die Schaltfläche Cookies löschen unter der Identität.</translation>
    </message>
    <message>
        <source>Look at the status: the login form comes back as 200 OK.</source>
        <translation>Achten Sie auf den Status: Das Anmeldeformular kommt als 200 OK zurück.</translation>
    </message>
    <message>
        <source>The form says &quot;wrong password&quot; to a person, but the status says success: a script sees 200 and cannot tell. That is why APIs want 401.</source>
        <translation>Das Formular sagt einem Menschen &quot;falsches Passwort&quot;, aber der Status meldet Erfolg: Ein Skript sieht 200 und merkt nichts. Deshalb wollen APIs eine 401.</translation>
    </message>
    <message>
        <source>Choose the behaviour &quot;403 for anonymous&quot; in the tool bar and watch /api/reports as anonymous: 403, with no challenge.</source>
        <translation>Wählen Sie in der Werkzeugleiste das Verhalten &quot;403 für anonyme Aufrufer&quot; und beobachten Sie /api/reports als anonymer Aufrufer: 403, ohne Challenge.</translation>
    </message>
    <message>
        <source>Identity: anonymous. The watched row /api/reports shows the answer.</source>
        <translation>Identität: anonym. Die beobachtete Zeile /api/reports zeigt die Antwort.</translation>
    </message>
    <message>
        <source>Without WWW-Authenticate the client cannot know that a token would help.</source>
        <translation>Ohne WWW-Authenticate kann der Client nicht wissen, dass ein Token helfen würde.</translation>
    </message>
    <message>
        <source>The debate: a JSON API client without credentials asks for /app/. Which answer lets it recover on its own?</source>
        <translation>Die Debatte: Ein JSON-API-Client ohne Zugangsdaten fragt /app/ an. Mit welcher Antwort kommt er allein weiter?</translation>
    </message>
    <message>
        <source>Which of them tells the client how to authenticate?</source>
        <translation>Welche davon sagt dem Client, wie er sich authentifizieren kann?</translation>
    </message>
    <message>
        <source>The API client should get…</source>
        <translation>Der API-Client sollte erhalten…</translation>
    </message>
    <message>
        <source>302 Found to /login (like a browser)</source>
        <translation>302 Found zu /login (wie ein Browser)</translation>
    </message>
    <message>
        <source>401 Unauthorized with WWW-Authenticate: Bearer</source>
        <translation>401 Unauthorized mit WWW-Authenticate: Bearer</translation>
    </message>
    <message>
        <source>Bug hunt: the server misbehaves</source>
        <translation>Fehlersuche: Der Server benimmt sich daneben</translation>
    </message>
    <message>
        <source>The server runs with one of AuthLab&apos;s realistic bugs, picked at random when the lesson starts (the tool bar keeps it secret). Ask as different callers, compare with what RFC 9110 asks for, and name the bug.</source>
        <translation>Der Server läuft mit einem der realistischen Bugs von AuthLab, zufällig gewählt beim Start der Lektion (die Werkzeugleiste hält ihn geheim). Fragen Sie als verschiedene Aufrufer an, vergleichen Sie mit dem, was RFC 9110 verlangt, und benennen Sie den Bug.</translation>
    </message>
    <message>
        <source>Ask without credentials (anonymous) and look at the watched answers.</source>
        <translation>Fragen Sie ohne Zugangsdaten (anonym) an und sehen Sie sich die beobachteten Antworten an.</translation>
    </message>
    <message>
        <source>RFC 9110 wants 401 with a WWW-Authenticate challenge for /staff and /admin, and the same 404 for /vault and /nothing-here.</source>
        <translation>RFC 9110 verlangt für /staff und /admin eine 401 mit einer Challenge in WWW-Authenticate und für /vault und /nothing-here dieselbe 404.</translation>
    </message>
    <message>
        <source>Ask as carol with her correct password: she is in no group.</source>
        <translation>Fragen Sie als carol mit ihrem richtigen Passwort an: Sie gehört zu keiner Gruppe.</translation>
    </message>
    <message>
        <source>RFC 9110 wants 403 for /staff and /admin: she is authenticated, but not allowed.</source>
        <translation>RFC 9110 verlangt für /staff und /admin eine 403: Sie ist authentifiziert, aber nicht berechtigt.</translation>
    </message>
    <message>
        <source>Ask as bob with a wrong password.</source>
        <translation>Fragen Sie als bob mit einem falschen Passwort an.</translation>
    </message>
    <message>
        <source>RFC 9110 wants 401 with a challenge: wrong credentials are no credentials.</source>
        <translation>RFC 9110 verlangt eine 401 mit einer Challenge: Falsche Zugangsdaten sind keine Zugangsdaten.</translation>
    </message>
    <message>
        <source>Name the bug.</source>
        <translation>Benennen Sie den Bug.</translation>
    </message>
    <message>
        <source>Look at the status, the WWW-Authenticate field (Headers tab) and the Content-Length of each answer.</source>
        <translation>Achten Sie bei jeder Antwort auf den Status, das Feld WWW-Authenticate (Reiter Header) und die Content-Length.</translation>
    </message>
    <message>
        <source>Two 404s that differ in length give a hidden resource away.</source>
        <translation>Zwei 404-Antworten, die sich in der Länge unterscheiden, verraten eine verborgene Ressource.</translation>
    </message>
    <message>
        <source>The server&apos;s behaviour is…</source>
        <translation>Das Verhalten des Servers ist…</translation>
    </message>
    <message>
        <source>401 Unauthorized means &quot;who are you?&quot;: credentials are missing or wrong, and the challenge says how to send them. 403 Forbidden means &quot;I know who you are, and no&quot;: sending the same credentials again will not help (a client SHOULD NOT repeat them automatically, RFC 9110 §15.5.4), though another user&apos;s might.</source>
        <translation>401 Unauthorized heißt &quot;Wer sind Sie?&quot;: Zugangsdaten fehlen oder sind falsch, und die Challenge sagt, wie man sie sendet. 403 Forbidden heißt &quot;Ich weiß, wer Sie sind, und nein&quot;: Dieselben Zugangsdaten erneut zu senden hilft nicht (ein Client SOLLTE sie NICHT automatisch wiederholen, RFC 9110 §15.5.4), die eines anderen Benutzers vielleicht schon.</translation>
    </message>
    <message>
        <source>Which status invites the client to authenticate, with a challenge that says how?</source>
        <translation>Welcher Status fordert den Client zur Authentifizierung auf, mit einer Challenge, die sagt, wie?</translation>
    </message>
    <message>
        <source>Only one of them must carry a WWW-Authenticate challenge.</source>
        <translation>Nur einer von ihnen muss eine WWW-Authenticate-Challenge enthalten.</translation>
    </message>
    <message>
        <source>A 401 must carry WWW-Authenticate, which says how to authenticate (RFC 9110 §11.6.1). A 403 says the server understood and refuses: the same credentials will not help, other ones might (§15.5.4). A 404 says nothing about credentials at all.</source>
        <translation>Eine 401 muss WWW-Authenticate enthalten, das sagt, wie man sich authentifiziert (RFC 9110 §11.6.1). Eine 403 sagt, dass der Server verstanden hat und ablehnt: Dieselben Zugangsdaten helfen nicht, andere vielleicht schon (§15.5.4). Eine 404 sagt gar nichts über Zugangsdaten.</translation>
    </message>
    <message>
        <source>The status that must carry a challenge is…</source>
        <translation>Der Status, der eine Challenge enthalten muss, ist…</translation>
    </message>
    <message>
        <source>&quot;An origin server that wishes to &quot;hide&quot; the current existence of a forbidden target resource MAY instead respond with a status code of 404 (Not Found).&quot; — RFC 9110 §15.5.4.</source>
        <translation>&quot;Ein Ursprungsserver, der die aktuelle Existenz einer verbotenen Zielressource &quot;verbergen&quot; möchte, DARF stattdessen mit dem Statuscode 404 (Not Found) antworten.&quot; — RFC 9110 §15.5.4.</translation>
    </message>
    <message>
        <source>An API asks for a Bearer token (RFC 6750). A request without a token gets 401 with a bare challenge (no error code: RFC 6750 §3.1); an invalid or expired token gets 401 with error=&quot;invalid_token&quot;; a valid token whose scopes are not enough gets 403 with error=&quot;insufficient_scope&quot;.</source>
        <translation>Eine API verlangt ein Bearer-Token (RFC 6750). Eine Anfrage ohne Token erhält 401 mit einer schlichten Challenge (ohne Fehlercode: RFC 6750 §3.1); ein ungültiges oder abgelaufenes Token erhält 401 mit error=&quot;invalid_token&quot;; ein gültiges Token mit zu wenig Scopes erhält 403 mit error=&quot;insufficient_scope&quot;.</translation>
    </message>
    <message>
        <source>stale: &quot;A case-insensitive flag indicating that the previous request from the client was rejected because the nonce value was stale&quot; — the client may retry with the new nonce without prompting (RFC 7616 §3.3).</source>
        <translation>stale: &quot;Ein Flag (Groß-/Kleinschreibung egal), das anzeigt, dass die vorherige Anfrage des Clients abgelehnt wurde, weil der Nonce-Wert veraltet war&quot; — der Client darf es mit der neuen Nonce erneut versuchen, ohne nachzufragen (RFC 7616 §3.3).</translation>
    </message>
    <message>
        <source>Some frameworks answer 403 to everyone who is not logged in. A request that carried no credentials at all should get 401 and a challenge saying how to authenticate (RFC 9110 §11.4, §15.5.2); this 403 gives the client nothing to go on, though a token would let it in.</source>
        <translation>Manche Frameworks antworten allen, die nicht angemeldet sind, mit 403. Eine Anfrage ganz ohne Zugangsdaten sollte 401 und eine Challenge erhalten, die sagt, wie man sich authentifiziert (RFC 9110 §11.4, §15.5.2); diese 403 gibt dem Client keinen Anhaltspunkt, obwohl ein Token ihn hereinließe.</translation>
    </message>
    <message>
        <source>401 with a challenge: the client learns that a Bearer token is wanted. A 302 sends it to an HTML form it cannot fill in, and a 403 without a challenge tells it neither that credentials would help nor how to send them. Browsers may still get the 302: the server can tell them apart by Accept.</source>
        <translation>401 mit einer Challenge: Der Client erfährt, dass ein Bearer-Token verlangt wird. Eine 302 schickt ihn zu einem HTML-Formular, das er nicht ausfüllen kann, und eine 403 ohne Challenge sagt ihm weder, dass Zugangsdaten helfen würden, noch wie er sie senden soll. Browser dürfen weiterhin die 302 bekommen: Der Server unterscheidet sie am Accept.</translation>
    </message>
    <message>
        <source>Found it. The Behaviour pane (Alt+6) explains what this bug breaks and what real clients do with it.</source>
        <translation>Gefunden. Der Bereich Verhalten (Alt+6) erklärt, was dieser Bug verletzt und was echte Clients damit machen.</translation>
    </message>
</context>
<context>
    <name>authlab::Matrix</name>
    <message>
        <source>%1 has no credential for %2: sent without one.</source>
        <translation>%1 hat keine Zugangsdaten für %2: ohne gesendet.</translation>
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
    <message>
        <source>The request-target makes the request line longer than the %1 bytes allowed for the request line and header fields: 414 URI Too Long, and the connection is closed.</source>
        <translation>Das Anfrageziel macht die Anfragezeile länger als die %1 Bytes, die für Anfragezeile und Header-Felder erlaubt sind: 414 URI Too Long, und die Verbindung wird geschlossen.</translation>
    </message>
    <message>
        <source>The method %1 is not one this server recognises (method names are case-sensitive): 501 Not Implemented, and the connection is closed.</source>
        <translation>Die Methode %1 kennt dieser Server nicht (bei Methodennamen zählt die Groß-/Kleinschreibung): 501 Not Implemented, und die Verbindung wird geschlossen.</translation>
    </message>
    <message>
        <source>The request line says %1, a major version this text protocol does not carry (HTTP/2 and later are binary): 505 HTTP Version Not Supported.</source>
        <translation>Die Anfragezeile nennt %1, eine Hauptversion, die dieses Textprotokoll nicht überträgt (HTTP/2 und später sind binär): 505 HTTP Version Not Supported.</translation>
    </message>
    <message>
        <source>The request says %1: a higher minor version is handled as HTTP/1.1, the highest minor version this server conforms to.</source>
        <translation>Die Anfrage nennt %1: Eine höhere Nebenversion wird als HTTP/1.1 behandelt, die höchste Nebenversion, der dieser Server entspricht.</translation>
    </message>
    <message>
        <source>The request names its host in exactly one valid Host header field.</source>
        <translation>Die Anfrage nennt ihren Host in genau einem gültigen Header-Feld Host.</translation>
    </message>
    <message>
        <source>An HTTP/1.0 request may omit the Host header field; only HTTP/1.1 requests must carry it.</source>
        <translation>Eine HTTP/1.0-Anfrage darf das Header-Feld Host weglassen; nur HTTP/1.1-Anfragen müssen es enthalten.</translation>
    </message>
    <message>
        <source>The HTTP/1.1 request has no Host header field: a server MUST answer 400.</source>
        <translation>Die HTTP/1.1-Anfrage enthält kein Header-Feld Host: Ein Server MUSS mit 400 antworten.</translation>
    </message>
    <message>
        <source>The request has %1 Host field lines: a server MUST answer 400 to more than one.</source>
        <translation>Die Anfrage hat %1 Host-Feldzeilen: Auf mehr als eine MUSS ein Server mit 400 antworten.</translation>
    </message>
    <message>
        <source>The Host field value &quot;%1&quot; is not a valid host[:port]: a server MUST answer 400.</source>
        <translation>Der Wert &quot;%1&quot; des Felds Host ist kein gültiges host[:port]: Ein Server MUSS mit 400 antworten.</translation>
    </message>
    <message>
        <source>The request-target is in absolute-form: its authority %1 names the host, and the Host field is ignored.</source>
        <translation>Das Anfrageziel hat die absolute-form: Seine authority %1 nennt den Host, und das Feld Host wird ignoriert.</translation>
    </message>
    <message>
        <source>The Expect field asks for &quot;%1&quot;, an expectation this server cannot meet: 417 Expectation Failed, and the connection is closed.</source>
        <translation>Das Feld Expect verlangt &quot;%1&quot;, eine Erwartung, die dieser Server nicht erfüllen kann: 417 Expectation Failed, und die Verbindung wird geschlossen.</translation>
    </message>
    <message>
        <source>Expect: 100-continue: the client waits for the server&apos;s verdict on the header fields before it sends the content.</source>
        <translation>Expect: 100-continue: Der Client wartet auf das Urteil des Servers über die Header-Felder, bevor er den Inhalt sendet.</translation>
    </message>
    <message>
        <source>Expect: 100-continue in an HTTP/1.0 request: a server MUST ignore it.</source>
        <translation>Expect: 100-continue in einer HTTP/1.0-Anfrage: Ein Server MUSS es ignorieren.</translation>
    </message>
    <message>
        <source>An HTTP/1.0 request with Transfer-Encoding: its framing is treated as faulty, so the connection is closed after this answer.</source>
        <translation>Eine HTTP/1.0-Anfrage mit Transfer-Encoding: Ihre Rahmung (Framing) gilt als fehlerhaft, daher wird die Verbindung nach dieser Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The request-target &quot;*&quot; is only for OPTIONS, not %1: 400.</source>
        <translation>Das Anfrageziel &quot;*&quot; gibt es nur für OPTIONS, nicht für %1: 400.</translation>
    </message>
    <message>
        <source>The resource is hidden, but this caller may see it: the credentials came with the request itself, since a hidden resource never sends a challenge to ask for them.</source>
        <translation>Die Ressource ist verborgen, aber dieser Aufrufer darf sie sehen: Die Zugangsdaten kamen mit der Anfrage selbst, denn eine verborgene Ressource sendet nie eine Challenge, um nach ihnen zu fragen.</translation>
    </message>
    <message>
        <source>This 404 carries no challenge, so a client that waits for one before sending credentials (browsers, curl --anyauth, wget by default) never authenticates here: only credentials sent with the first request (curl -u, wget --auth-no-challenge) can reach a hidden resource.</source>
        <translation>Diese 404 enthält keine Challenge, daher authentifiziert sich ein Client, der vor dem Senden von Zugangsdaten auf eine wartet (Browser, curl --anyauth, wget in der Voreinstellung), hier nie: Nur Zugangsdaten, die mit der ersten Anfrage gesendet werden (curl -u, wget --auth-no-challenge), erreichen eine verborgene Ressource.</translation>
    </message>
    <message>
        <source>The resource supports the method %1.</source>
        <translation>Die Ressource unterstützt die Methode %1.</translation>
    </message>
    <message>
        <source>The resource does not support %1; it allows %2: 405 with an Allow field. Checked only after authentication, so a 405 tells a caller no more than a 401 or 404 would.</source>
        <translation>Die Ressource unterstützt %1 nicht; sie erlaubt %2: 405 mit einem Feld Allow. Erst nach der Authentifizierung geprüft, damit eine 405 einem Aufrufer nicht mehr verrät als eine 401 oder 404.</translation>
    </message>
    <message>
        <source>OPTIONS: the Allow field lists the methods of %1: 200 with no content.</source>
        <translation>OPTIONS: Das Feld Allow listet die Methoden von %1 auf: 200 ohne Inhalt.</translation>
    </message>
    <message>
        <source>The header fields were acceptable: 100 Continue was sent, then the content arrived and was read.</source>
        <translation>Die Header-Felder waren annehmbar: 100 Continue wurde gesendet, dann kam der Inhalt an und wurde gelesen.</translation>
    </message>
    <message>
        <source>The header fields already decide the final status, so it is sent before the client sends the content (Expect: 100-continue); the content is not read, and Connection: close says so.</source>
        <translation>Die Header-Felder entscheiden bereits über den endgültigen Status, daher wird er gesendet, bevor der Client den Inhalt sendet (Expect: 100-continue); der Inhalt wird nicht gelesen, und Connection: close zeigt das an.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>The Digest credentials parse: algorithm %1, qop=auth, nc %2, each parameter once.</source>
        <translation>Die Digest-Zugangsdaten lassen sich lesen: Algorithmus %1, qop=auth, nc %2, jeder Parameter einmal.</translation>
    </message>
    <message>
        <source>The Digest credentials are malformed: %1 Malformed credentials get 400.</source>
        <translation>Die Digest-Zugangsdaten sind fehlerhaft: %1 Fehlerhafte Zugangsdaten erhalten 400.</translation>
    </message>
    <message>
        <source>The uri parameter &quot;%1&quot; is not the request-target &quot;%2&quot;: the server MUST answer 400.</source>
        <translation>Der Parameter uri &quot;%1&quot; ist nicht das Anfrageziel (request-target) &quot;%2&quot;: Der Server MUSS mit 400 antworten.</translation>
    </message>
    <message>
        <source>userhash=true: the username parameter is H(username:realm), found through the index of user hashes (%1).</source>
        <translation>userhash=true: Der Parameter username ist H(username:realm) und wird über den Index der Benutzer-Hashes gefunden (%1).</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;: the digest was computed with a dummy password, so the 401 and its cost are those of a wrong password.</source>
        <translation>Es gibt keinen Benutzer &quot;%1&quot;: Der Digest wurde mit einem Platzhalter-Passwort berechnet, daher sind die 401 und ihr Aufwand dieselben wie bei einem falschen Passwort.</translation>
    </message>
    <message>
        <source>The credentials are for the realm &quot;%1&quot;, not this server&apos;s: 401 with a fresh challenge.</source>
        <translation>Die Zugangsdaten gelten für den Realm &quot;%1&quot;, nicht für den dieses Servers: 401 mit einer neuen Challenge.</translation>
    </message>
    <message>
        <source>The expected response under %1 (the password and HA1 not shown): %2</source>
        <translation>Die erwartete response unter %1 (Passwort und HA1 nicht angezeigt): %2</translation>
    </message>
    <message>
        <source>The response sent for %1 is not the expected one: wrong password, 401 with a fresh challenge (never stale=true).</source>
        <translation>Die für %1 gesendete response ist nicht die erwartete: falsches Passwort, 401 mit einer neuen Challenge (nie stale=true).</translation>
    </message>
    <message>
        <source>The response sent for %1 is the expected one (compared in constant time).</source>
        <translation>Die für %1 gesendete response ist die erwartete (Vergleich in konstanter Zeit).</translation>
    </message>
    <message>
        <source>The digest is right but this server did not issue the nonce (another process, realm or opaque): 401 with a new nonce and stale=true.</source>
        <translation>Der Digest stimmt, aber dieser Server hat die Nonce nicht ausgegeben (anderer Prozess, Realm oder opaque): 401 mit einer neuen Nonce und stale=true.</translation>
    </message>
    <message>
        <source>The digest is right but the nonce has expired: 401 with a new nonce and stale=true, so the client retries without asking its user.</source>
        <translation>Der Digest stimmt, aber die Nonce ist abgelaufen: 401 mit einer neuen Nonce und stale=true, damit der Client es erneut versucht, ohne seinen Benutzer zu fragen.</translation>
    </message>
    <message>
        <source>nc %1 is not above %2, the highest count already seen with this nonce: a replay, refused with 401, a new nonce and stale=true.</source>
        <translation>nc %1 liegt nicht über %2, dem höchsten mit dieser Nonce bereits gesehenen Zähler: eine Wiederholung (Replay), abgewiesen mit 401, einer neuen Nonce und stale=true.</translation>
    </message>
    <message>
        <source>The nonce&apos;s count was forgotten at the cap of the nonce table, so a replay cannot be ruled out: 401 with a new nonce and stale=true.</source>
        <translation>Der Zähler der Nonce wurde an der Obergrenze der Nonce-Tabelle vergessen, daher ist eine Wiederholung nicht auszuschließen: 401 mit einer neuen Nonce und stale=true.</translation>
    </message>
    <message>
        <source>The nonce was issued here and is fresh, and nc %1 is above the highest count seen with it: not a replay.</source>
        <translation>Die Nonce wurde hier ausgegeben und ist frisch, und nc %1 liegt über dem höchsten mit ihr gesehenen Zähler: keine Wiederholung.</translation>
    </message>
    <message>
        <source>Two Digest challenges with the same nonce, opaque and realm: SHA-256 first (preferred), then MD5 for older clients.</source>
        <translation>Zwei Digest-Challenges mit derselben Nonce, demselben opaque und demselben Realm: zuerst SHA-256 (bevorzugt), dann MD5 für ältere Clients.</translation>
    </message>
    <message>
        <source>Authentication-Info carries rspauth, the digest of the answer: the client can check that the server knows the password too.</source>
        <translation>Authentication-Info enthält rspauth, den Digest der Antwort: Der Client kann prüfen, dass auch der Server das Passwort kennt.</translation>
    </message>
    <message>
        <source>GET /login: the login form (200); it POSTs username, password and next back to /login.</source>
        <translation>GET /login: das Anmeldeformular (200); es sendet username, password und next per POST an /login zurück.</translation>
    </message>
    <message>
        <source>The login expects an application/x-www-form-urlencoded body, not %1: 415.</source>
        <translation>Die Anmeldung erwartet einen Body vom Typ application/x-www-form-urlencoded, nicht %1: 415.</translation>
    </message>
    <message>
        <source>The login form cannot be read: %1.</source>
        <translation>Das Anmeldeformular ist nicht lesbar: %1.</translation>
    </message>
    <message>
        <source>Wrong user name or password for %1: the form is shown again with an error (200, no redirect, no cookie).</source>
        <translation>Falscher Benutzername oder falsches Passwort für %1: Das Formular wird mit einer Fehlermeldung erneut gezeigt (200, keine Umleitung, kein Cookie).</translation>
    </message>
    <message>
        <source>%1 logged in: a new session (128 random bits) in a Set-Cookie with HttpOnly, SameSite=Lax and Path=/, and 303 See Other to %2.</source>
        <translation>%1 ist angemeldet: eine neue Sitzung (128 Zufallsbits) in einem Set-Cookie mit HttpOnly, SameSite=Lax und Path=/, und 303 See Other nach %2.</translation>
    </message>
    <message>
        <source>next=%1 is not a local path: the redirect goes to / instead (no open redirect).</source>
        <translation>next=%1 ist kein lokaler Pfad: Die Umleitung geht stattdessen nach / (keine offene Umleitung).</translation>
    </message>
    <message>
        <source>Logout: the session ends on the server, the cookie is cleared (Max-Age=0), and 303 See Other to /login.</source>
        <translation>Abmeldung: Die Sitzung endet auf dem Server, das Cookie wird gelöscht (Max-Age=0), und 303 See Other nach /login.</translation>
    </message>
    <message>
        <source>The Cookie header field names a live session of %1.</source>
        <translation>Das Header-Feld Cookie nennt eine gültige Sitzung von %1.</translation>
    </message>
    <message>
        <source>A browser (Accept: text/html) without a session: 302 Found to the login form %1 instead of a 401.</source>
        <translation>Ein Browser (Accept: text/html) ohne Sitzung: 302 Found zum Anmeldeformular %1 statt einer 401.</translation>
    </message>
    <message>
        <source>Proxy mode is on, but the request-target is in origin-form: the request is addressed to the origin server itself, so the proxy asks for nothing.</source>
        <translation>Der Proxy-Modus ist an, aber das Anfrageziel hat die origin-form: Die Anfrage richtet sich an den Ursprungsserver selbst, daher verlangt der Proxy nichts.</translation>
    </message>
    <message>
        <source>The absolute-form target names this server (%1): AuthLab answers it as the forward proxy in front of itself, which asks for Proxy-Authorization first.</source>
        <translation>Das Ziel in absolute-form nennt diesen Server (%1): AuthLab beantwortet die Anfrage als Forward-Proxy vor sich selbst, der zuerst Proxy-Authorization verlangt.</translation>
    </message>
    <message>
        <source>The request-target names %1, not this server (%2): AuthLab is not an open proxy and forwards nothing, 403.</source>
        <translation>Das Anfrageziel nennt %1, nicht diesen Server (%2): AuthLab ist kein offener Proxy und leitet nichts weiter, 403.</translation>
    </message>
    <message>
        <source>CONNECT %1 asks the proxy for a tunnel: AuthLab is not an open proxy and opens none, 403.</source>
        <translation>CONNECT %1 verlangt vom Proxy einen Tunnel: AuthLab ist kein offener Proxy und öffnet keinen, 403.</translation>
    </message>
    <message>
        <source>The request carries no Proxy-Authorization header field: the proxy answers 407 with a challenge in Proxy-Authenticate.</source>
        <translation>Die Anfrage enthält kein Header-Feld Proxy-Authorization: Der Proxy antwortet mit 407 und einer Challenge in Proxy-Authenticate.</translation>
    </message>
    <message>
        <source>The request has %1 Proxy-Authorization field lines; the field is a singleton, so the proxy checks none of them: 407 and its challenge again.</source>
        <translation>Die Anfrage hat %1 Proxy-Authorization-Feldzeilen; das Feld darf nur einmal vorkommen, daher prüft der Proxy keine davon: 407 und erneut seine Challenge.</translation>
    </message>
    <message>
        <source>The Proxy-Authorization field does not match the credentials grammar (a scheme token, a space, then token68 or parameters): 407 and the proxy&apos;s challenge again.</source>
        <translation>Das Feld Proxy-Authorization entspricht nicht der Grammatik für Zugangsdaten (ein Schema-Token, ein Leerzeichen, dann token68 oder Parameter): 407 und erneut die Challenge des Proxys.</translation>
    </message>
    <message>
        <source>The Proxy-Authorization field uses the scheme &quot;%1&quot;; this proxy accepts only Basic: treated as no credentials, 407.</source>
        <translation>Das Feld Proxy-Authorization verwendet das Schema &quot;%1&quot;; dieser Proxy akzeptiert nur Basic: wie fehlende Zugangsdaten behandelt, 407.</translation>
    </message>
    <message>
        <source>The proxy does not accept these Basic credentials (the step above says why): it answers 407 with a fresh Proxy-Authenticate challenge, never 401 (that is the origin&apos;s answer), and malformed ones get 407 too, so that the client can retry.</source>
        <translation>Der Proxy akzeptiert diese Basic-Zugangsdaten nicht (der Schritt darüber sagt, warum): Er antwortet mit 407 und einer neuen Challenge in Proxy-Authenticate, nie mit 401 (das ist die Antwort des Ursprungsservers), und auch fehlerhafte erhalten 407, damit der Client es erneut versuchen kann.</translation>
    </message>
    <message>
        <source>%1 is authenticated to the proxy (its own realm, &quot;AuthLab proxy&quot;). Proxy-Authorization is used up here; the origin&apos;s checks below judge the Authorization field on their own.</source>
        <translation>%1 ist gegenüber dem Proxy authentifiziert (eigener Realm, &quot;AuthLab proxy&quot;). Proxy-Authorization wird hier verbraucht; die Prüfungen des Ursprungsservers darunter beurteilen das Feld Authorization eigenständig.</translation>
    </message>
    <message>
        <source>A 407 MUST carry Proxy-Authenticate with a challenge for the proxy: Basic realm=&quot;AuthLab proxy&quot;. Never WWW-Authenticate, which is the origin&apos;s.</source>
        <translation>Eine 407 MUSS Proxy-Authenticate mit einer Challenge für den Proxy enthalten: Basic realm=&quot;AuthLab proxy&quot;. Nie WWW-Authenticate, das gehört zum Ursprungsserver.</translation>
    </message>
    <message>
        <source>The address rules see the simulated address %1 (the real peer is %2), a setting of this server. Client-supplied fields such as X-Forwarded-For are never trusted for this.</source>
        <translation>Die Adressregeln sehen die simulierte Adresse %1 (die echte Gegenstelle ist %2), eine Einstellung dieses Servers. Vom Client gelieferten Feldern wie X-Forwarded-For wird dafür nie vertraut.</translation>
    </message>
    <message>
        <source>The client address %1 matches &quot;%2&quot;, the first matching address rule (a rule of the whole server): allowed.</source>
        <translation>Die Client-Adresse %1 passt zu &quot;%2&quot;, der ersten passenden Adressregel (eine Regel des ganzen Servers): erlaubt.</translation>
    </message>
    <message>
        <source>The client address %1 matches &quot;%2&quot;, the first matching address rule (a rule of the whole server): 403. Credentials would not change this, so no challenge is sent.</source>
        <translation>Die Client-Adresse %1 passt zu &quot;%2&quot;, der ersten passenden Adressregel (eine Regel des ganzen Servers): 403. Zugangsdaten würden daran nichts ändern, daher wird keine Challenge gesendet.</translation>
    </message>
    <message>
        <source>The client address %1 matches &quot;%2&quot;, the first matching address rule (a rule of this resource): allowed.</source>
        <translation>Die Client-Adresse %1 passt zu &quot;%2&quot;, der ersten passenden Adressregel (eine Regel dieser Ressource): erlaubt.</translation>
    </message>
    <message>
        <source>The client address %1 matches &quot;%2&quot;, the first matching address rule (a rule of this resource): 403. Credentials would not change this, so no challenge is sent.</source>
        <translation>Die Client-Adresse %1 passt zu &quot;%2&quot;, der ersten passenden Adressregel (eine Regel dieser Ressource): 403. Zugangsdaten würden daran nichts ändern, daher wird keine Challenge gesendet.</translation>
    </message>
    <message>
        <source>The client address %1 matches none of the %2 address rules: allowed (as nginx&apos;s access module does).</source>
        <translation>Die Client-Adresse %1 passt zu keiner der %2 Adressregeln: erlaubt (wie beim access-Modul von nginx).</translation>
    </message>
    <message>
        <source>The access token comes in the Authorization header field with the Bearer scheme, the method every resource server MUST support.</source>
        <translation>Das Access-Token kommt im Header-Feld Authorization mit dem Schema Bearer, der Methode, die jeder Ressourcenserver unterstützen MUSS.</translation>
    </message>
    <message>
        <source>The access token comes in the access_token field of an application/x-www-form-urlencoded body of a %1 request (the form-encoded body parameter): it is checked like a token in the Authorization header field.</source>
        <translation>Das Access-Token kommt im Feld access_token eines Bodys vom Typ application/x-www-form-urlencoded einer %1-Anfrage (Methode Form-Encoded Body Parameter): Es wird wie ein Token im Header-Feld Authorization geprüft.</translation>
    </message>
    <message>
        <source>The form body of this %1 request has an access_token field, but it is not a token: the form-encoded body parameter needs a method whose content has defined semantics, and GET MUST NOT be used.</source>
        <translation>Der Formular-Body dieser %1-Anfrage hat ein Feld access_token, aber es zählt nicht als Token: Die Methode Form-Encoded Body Parameter braucht eine HTTP-Methode, deren Inhalt eine definierte Semantik hat, und GET DARF NICHT verwendet werden.</translation>
    </message>
    <message>
        <source>The query has an access_token parameter (the URI query parameter method). Resource servers MAY support it and clients SHOULD NOT use it (URLs get logged); this server does not accept it, so the request counts as carrying no token.</source>
        <translation>Die Query enthält einen Parameter access_token (Methode URI Query Parameter). Ressourcenserver DÜRFEN sie unterstützen, und Clients SOLLTEN sie NICHT verwenden (URLs werden protokolliert); dieser Server akzeptiert sie nicht, daher gilt die Anfrage als ohne Token.</translation>
    </message>
    <message>
        <source>The access token is sent by more than one method (%1): a request that uses more than one method for including an access token gets error=&quot;invalid_request&quot;, 400.</source>
        <translation>Das Access-Token wird auf mehr als eine Weise gesendet (%1): Eine Anfrage, die mehr als eine Methode zur Übermittlung eines Access-Tokens verwendet, erhält error=&quot;invalid_request&quot;, 400.</translation>
    </message>
    <message>
        <source>The access_token parameter appears more than once in the %1: a request that repeats the same parameter gets error=&quot;invalid_request&quot;, 400.</source>
        <translation>Der Parameter access_token kommt mehr als einmal vor (%1): Eine Anfrage, die denselben Parameter wiederholt, erhält error=&quot;invalid_request&quot;, 400.</translation>
    </message>
    <message>
        <source>The form body cannot be read for an access_token field (%1): 413 when it is larger than the limit, otherwise error=&quot;invalid_request&quot;, 400.</source>
        <translation>Der Formular-Body lässt sich nicht nach einem Feld access_token lesen (%1): 413, wenn er die Grenze überschreitet, sonst error=&quot;invalid_request&quot;, 400.</translation>
    </message>
    <message>
        <source>Server behaviour %1: nothing in this answer is rewritten; it is what RFC 9110 asks for.</source>
        <translation>Serververhalten %1: Nichts an dieser Antwort wird umgeschrieben; sie ist das, was RFC 9110 verlangt.</translation>
    </message>
    <message>
        <source>Server behaviour never-401 (the roll-your-own school): RFC 9110 answers %1 here; this server sends %2 without a challenge instead. A 403 tells the client that credentials will not help, so no client prompts for them or sends any.</source>
        <translation>Serververhalten never-401 (die Eigenbau-Schule): RFC 9110 antwortet hier mit %1; dieser Server sendet stattdessen %2 ohne Challenge. Eine 403 sagt dem Client, dass Zugangsdaten nicht helfen, daher fragt kein Client danach oder sendet welche.</translation>
    </message>
    <message>
        <source>Server behaviour hide-all (the hiding school): the correct answer is %1; this server answers %2 for every refusal, exactly like a path that does not exist. A server MAY hide a forbidden resource with 404, but hiding a 401 also hides how to authenticate: only clients that send credentials unasked get in.</source>
        <translation>Serververhalten hide-all (die Schule des Verbergens): Die korrekte Antwort ist %1; dieser Server antwortet auf jede Ablehnung mit %2, genau wie bei einem Pfad, der nicht existiert. Ein Server DARF eine verbotene Ressource mit 404 verbergen, aber wer eine 401 verbirgt, verbirgt auch, wie man sich authentifiziert: Nur Clients, die Zugangsdaten unaufgefordert senden, kommen hinein.</translation>
    </message>
    <message>
        <source>Server behaviour 401-without-challenge (a bug): the 401 goes out without WWW-Authenticate, although a server generating a 401 MUST send one with at least one challenge. curl --anyauth and --digest then never send the credentials, browsers show no prompt, and Qt reports an error without asking.</source>
        <translation>Serververhalten 401-without-challenge (ein Bug): Die 401 geht ohne WWW-Authenticate hinaus, obwohl ein Server, der eine 401 erzeugt, dieses Feld mit mindestens einer Challenge senden MUSS. curl --anyauth und --digest senden dann nie die Zugangsdaten, Browser zeigen keinen Anmeldedialog, und Qt meldet einen Fehler, ohne nachzufragen.</translation>
    </message>
    <message>
        <source>Server behaviour 403-for-anonymous (a bug): no credentials were sent, which RFC 9110 answers with %1 and a challenge; this server answers %2. A 403 says that credentials would not help, so no client offers any.</source>
        <translation>Serververhalten 403-for-anonymous (ein Bug): Es wurden keine Zugangsdaten gesendet, worauf RFC 9110 mit %1 und einer Challenge antwortet; dieser Server antwortet mit %2. Eine 403 sagt, dass Zugangsdaten nicht helfen würden, daher bietet kein Client welche an.</translation>
    </message>
    <message>
        <source>Server behaviour 401-for-forbidden (a bug): the caller is authenticated but not allowed, which RFC 9110 answers with %1; this server answers %2 with a challenge, so clients prompt again or retry credentials that can never work.</source>
        <translation>Serververhalten 401-for-forbidden (ein Bug): Der Aufrufer ist authentifiziert, aber nicht berechtigt, worauf RFC 9110 mit %1 antwortet; dieser Server antwortet mit %2 und einer Challenge, daher fragen Clients erneut nach Zugangsdaten oder wiederholen Zugangsdaten, die nie funktionieren können.</translation>
    </message>
    <message>
        <source>Server behaviour login-redirect-for-api (a bug): a client that is not a browser gets %2 to the HTML login form instead of %1 with a challenge. Clients follow redirects on their own (requests, Qt, curl -L) and end with 200 and an HTML page where they expected data.</source>
        <translation>Serververhalten login-redirect-for-api (ein Bug): Ein Client, der kein Browser ist, erhält %2 zum HTML-Anmeldeformular statt %1 mit einer Challenge. Clients folgen Umleitungen selbstständig (requests, Qt, curl -L) und landen bei 200 und einer HTML-Seite, wo sie Daten erwartet haben.</translation>
    </message>
    <message>
        <source>Server behaviour soft-401 (a bug): the correct answer is %1; this server answers %2 with a login page. Scripts, monitors and caches take the 200 for success.</source>
        <translation>Serververhalten soft-401 (ein Bug): Die korrekte Antwort ist %1; dieser Server antwortet mit %2 und einer Anmeldeseite. Skripte, Monitoring und Caches halten die 200 für einen Erfolg.</translation>
    </message>
    <message>
        <source>Server behaviour leaky-hide (a bug): the hidden resource answers 404, but its content differs in length from the 404 of a path that does not exist, so anyone can tell that something is there.</source>
        <translation>Serververhalten leaky-hide (ein Bug): Die verborgene Ressource antwortet mit 404, aber ihr Inhalt unterscheidet sich in der Länge von der 404 eines Pfads, der nicht existiert, sodass jeder erkennen kann, dass dort etwas ist.</translation>
    </message>
    <message>
        <source>Server behaviour odd-challenge-syntax: all challenges in one field line, the scheme in lower case, the realm unquoted. The scheme is case-insensitive, but a sender MUST quote the realm, and several challenges in one line might not be interoperable: Qt reads only the first scheme of a line.</source>
        <translation>Serververhalten odd-challenge-syntax: alle Challenges in einer Feldzeile, das Schema kleingeschrieben, der Realm ohne Anführungszeichen. Beim Schema spielt Groß-/Kleinschreibung keine Rolle, aber ein Sender MUSS den Realm in Anführungszeichen setzen, und mehrere Challenges in einer Zeile sind möglicherweise nicht interoperabel: Qt liest nur das erste Schema einer Zeile.</translation>
    </message>
    <message>
        <source>Server behaviour trusts-x-forwarded-for (a bug): the address rules believe the client&apos;s X-Forwarded-For %1 instead of the connection&apos;s address %2. Any client can write that field; only a proxy the server trusts may be believed.</source>
        <translation>Serververhalten trusts-x-forwarded-for (ein Bug): Die Adressregeln glauben dem X-Forwarded-For %1 des Clients statt der Adresse %2 der Verbindung. Jeder Client kann dieses Feld schreiben; glauben darf man nur einem Proxy, dem der Server vertraut.</translation>
    </message>
    <message>
        <source>Proxy authentication</source>
        <translation>Proxy-Authentifizierung</translation>
    </message>
</context>
<context>
    <name>authlab::SafeFile</name>
    <message>
        <source>a directory</source>
        <translation>ein Verzeichnis</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>ein FIFO (Named Pipe)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>eine Datei anderer Art</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation>die Datei ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is %1, not a regular file; refusing to read it</source>
        <translation>ist %1, keine reguläre Datei; sie wird nicht gelesen</translation>
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
    <message>
        <source>duplicate key (lines %1 and %2): only one of them would count</source>
        <translation>doppelter Schlüssel (Zeilen %1 und %2): nur einer von beiden würde zählen</translation>
    </message>
    <message>
        <source>(line %1)</source>
        <translation>(Zeile %1)</translation>
    </message>
    <message>
        <source>must be one IPv4 or IPv6 address such as &quot;10.1.2.3&quot; (the client address the address rules see), not %1</source>
        <translation>muss eine einzelne IPv4- oder IPv6-Adresse wie &quot;10.1.2.3&quot; sein (die Client-Adresse, die die Adressregeln sehen), nicht %1</translation>
    </message>
    <message>
        <source>unknown behaviour &quot;%1&quot; (known: %2)</source>
        <translation>unbekanntes Verhalten &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>give either &quot;access&quot; (ordered allow/deny rules) or &quot;allowFrom&quot; (the older form), not both</source>
        <translation>entweder &quot;access&quot; (geordnete allow/deny-Regeln) oder &quot;allowFrom&quot; (die ältere Form) angeben, nicht beides</translation>
    </message>
    <message>
        <source>must be a string such as &quot;allow 10.0.0.0/8&quot; or &quot;deny all&quot;, not %1</source>
        <translation>muss eine Zeichenkette wie &quot;allow 10.0.0.0/8&quot; oder &quot;deny all&quot; sein, nicht %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address rule: &quot;allow&quot; or &quot;deny&quot;, a space, then an address, a network (10.0.0.0/8, fd00::/8) or &quot;all&quot;</source>
        <translation>&quot;%1&quot; ist keine Adressregel: &quot;allow&quot; oder &quot;deny&quot;, ein Leerzeichen, dann eine Adresse, ein Netz (10.0.0.0/8, fd00::/8) oder &quot;all&quot;</translation>
    </message>
    <message>
        <source>the scenario</source>
        <translation>das Szenario</translation>
    </message>
</context>
<context>
    <name>authlab::WorkspaceFile</name>
    <message>
        <source>must be one of %1, not &quot;%2&quot;</source>
        <translation>muss eines von %1 sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must be a method token such as GET or POST (RFC 9110 §9.1)</source>
        <translation>muss ein Methoden-Token wie GET oder POST sein (RFC 9110 §9.1)</translation>
    </message>
    <message>
        <source>must be a path of the embedded server (&quot;/admin&quot;) or an http:// or https:// URL</source>
        <translation>muss ein Pfad des eingebetteten Servers (&quot;/admin&quot;) oder eine http://- oder https://-URL sein</translation>
    </message>
    <message>
        <source>required field is missing (the identity names a user)</source>
        <translation>Pflichtfeld fehlt (die Identität nennt einen Benutzer)</translation>
    </message>
    <message>
        <source>an anonymous identity has no user</source>
        <translation>eine anonyme Identität hat keinen Benutzer</translation>
    </message>
    <message>
        <source>only a custom identity has a password here (a scenario user&apos;s is in &quot;users&quot;)</source>
        <translation>nur eine eigene Identität hat hier ein Passwort (das eines Szenario-Benutzers steht in &quot;users&quot;)</translation>
    </message>
    <message>
        <source>must be an array of strings such as &quot;GET /staff&quot;</source>
        <translation>muss ein Array von Zeichenketten wie &quot;GET /staff&quot; sein</translation>
    </message>
    <message>
        <source>must be a method, one space and a path, such as &quot;GET /staff&quot;</source>
        <translation>muss eine Methode, ein Leerzeichen und ein Pfad sein, etwa &quot;GET /staff&quot;</translation>
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
        <source>Try &apos;authlab %1 --help&apos;.</source>
        <translation>Weitere Informationen mit &apos;authlab %1 --help&apos;.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Server behaviour, instead of the scenario&apos;s (default rfc9110): %1.</source>
        <translation>Serververhalten anstelle des im Szenario festgelegten (Standard rfc9110): %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>unknown behaviour &apos;%1&apos;; the behaviours are: %2</source>
        <translation>unbekanntes Verhalten &apos;%1&apos;; verfügbare Verhalten: %2</translation>
    </message>
    <message>
        <source>Also be an authenticating proxy in front of this server (407).</source>
        <translation>Zusätzlich als authentifizierender Proxy vor diesem Server arbeiten (407).</translation>
    </message>
    <message>
        <source>Server behaviour: %1 — %2</source>
        <translation>Serververhalten: %1 — %2</translation>
    </message>
    <message>
        <source>Also a forward proxy for %1 (curl -x %1): Proxy-Authorization: Basic with the scenario&apos;s users, realm &quot;%2&quot;; any other target gets 403.</source>
        <translation>Zugleich Forward-Proxy für %1 (curl -x %1): Proxy-Authorization: Basic mit den Benutzern des Szenarios, realm &quot;%2&quot;; jedes andere Ziel erhält 403.</translation>
    </message>
    <message>
        <source>text (default), json or csv.</source>
        <translation>text (Standard), json oder csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Usage: authlab matrix [--scenario FILE] [--behaviour NAME] [--format text|json|csv]

Every identity (anonymous, each user, a wrong password, an unknown user, a malformed
header) against every resource, each cell the status of a real request to an
embedded server on a free loopback port.

Options:
</source>
        <translation>Aufruf: authlab matrix [--scenario DATEI] [--behaviour NAME] [--format text|json|csv]

Jede Identität (anonym, jeder Benutzer, ein falsches Passwort, ein unbekannter Benutzer,
ein fehlerhafter Header) gegen jede Ressource; jede Zelle ist der Status einer echten
Anfrage an einen eingebetteten Server auf einem freien Loopback-Port.

Optionen:
</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok; 2 bad arguments or bad scenario; 3 cannot listen.
</source>
        <translation>Exit-Codes: 0 ok; 2 falsche Argumente oder fehlerhaftes Szenario; 3 Lauschen nicht möglich.
</translation>
    </message>
    <message>
        <source>--format must be text, json or csv, not &apos;%1&apos;</source>
        <translation>--format muss text, json oder csv sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>authlab matrix: cannot listen on 127.0.0.1: %1</source>
        <translation>authlab matrix: Lauschen auf 127.0.0.1 nicht möglich: %1</translation>
    </message>
    <message>
        <source>Warning: listening on %1, reachable from other machines.</source>
        <translation>Warnung: Der Server lauscht auf %1 und ist von anderen Rechnern aus erreichbar.</translation>
    </message>
    <message>
        <source>A user who may see the URL: NAME:PASSWORD (or NAME and --password).</source>
        <translation>Ein Benutzer, der die URL sehen darf: NAME:PASSWORT (oder NAME und --password).</translation>
    </message>
    <message>
        <source>NAME:PASSWORD</source>
        <translation>NAME:PASSWORT</translation>
    </message>
    <message>
        <source>The password of --user NAME.</source>
        <translation>Das Passwort zu --user NAME.</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>PASSWORT</translation>
    </message>
    <message>
        <source>A valid user with other rights: NAME:PASSWORD (or NAME and --other-password).</source>
        <translation>Ein gültiger Benutzer mit anderen Rechten: NAME:PASSWORT (oder NAME und --other-password).</translation>
    </message>
    <message>
        <source>The password of --other-user NAME.</source>
        <translation>Das Passwort zu --other-user NAME.</translation>
    </message>
    <message>
        <source>A valid Bearer token.</source>
        <translation>Ein gültiges Bearer-Token.</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <source>Go on despite TLS certificate errors (like curl -k).</source>
        <translation>Trotz TLS-Zertifikatsfehlern fortfahren (wie curl -k).</translation>
    </message>
    <message>
        <source>Time-out of each request in ms (default 5000).</source>
        <translation>Zeitlimit jeder Anfrage in ms (Standard 5000).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Usage: authlab check URL [--user NAME:PASSWORD] [--other-user NAME:PASSWORD] [--token TOKEN]
                         [--format text|json] [--insecure] [--timeout MS]

Probes a real server (http or https) the way the matrix probes AuthLab&apos;s own: without
credentials (as a browser and as an API client asking for JSON, GET and HEAD), with
malformed and wrong credentials, an unknown user, the good credentials and the other
user&apos;s for each scheme the server offers, and reports each finding with its severity,
the exchange and the RFC sentence. No credentials are needed; with them more is checked.

Options:
</source>
        <translation>Aufruf: authlab check URL [--user NAME:PASSWORT] [--other-user NAME:PASSWORT] [--token TOKEN]
                          [--format text|json] [--insecure] [--timeout MS]

Prüft einen echten Server (http oder https) so, wie die Matrix AuthLabs eigenen Server
prüft: ohne Zugangsdaten (als Browser und als API-Client, der JSON verlangt, mit GET und
HEAD), mit fehlerhaften und falschen Zugangsdaten, einem unbekannten Benutzer, den gültigen
Zugangsdaten und denen des anderen Benutzers für jedes Schema, das der Server anbietet,
und meldet jeden Befund mit Schweregrad, Austausch und dem Satz aus dem RFC. Zugangsdaten
sind nicht nötig; mit ihnen wird mehr geprüft.

Optionen:
</translation>
    </message>
    <message>
        <source>Exit codes: 0 no MUST or SHOULD violated (advice only, or nothing); 1 a MUST or SHOULD
violated, or the TLS certificate refused; 2 bad arguments; 3 the server cannot be
reached (connection refused, no such host, time-out).
</source>
        <translation>Exit-Codes: 0 kein MUSS oder SOLLTE verletzt (nur Hinweise oder nichts); 1 ein MUSS oder
SOLLTE verletzt oder das TLS-Zertifikat abgelehnt; 2 falsche Argumente; 3 der Server ist
nicht erreichbar (Verbindung abgelehnt, Host unbekannt, Zeitüberschreitung).
</translation>
    </message>
    <message>
        <source>the URL to check is missing</source>
        <translation>die zu prüfende URL fehlt</translation>
    </message>
    <message>
        <source>--format must be text or json, not &apos;%1&apos;</source>
        <translation>--format muss text oder json sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 needs --%2</source>
        <translation>--%1 erfordert --%2</translation>
    </message>
    <message>
        <source>--%1 must name a user</source>
        <translation>--%1 muss einen Benutzer nennen</translation>
    </message>
    <message>
        <source>--%1 NAME:PASSWORD and --%2 both give a password</source>
        <translation>--%1 NAME:PASSWORT und --%2 geben beide ein Passwort an</translation>
    </message>
    <message>
        <source>--%1 must be NAME:PASSWORD (or NAME with --%2)</source>
        <translation>--%1 muss NAME:PASSWORT sein (oder NAME mit --%2)</translation>
    </message>
    <message>
        <source>--other-user needs --user</source>
        <translation>--other-user erfordert --user</translation>
    </message>
    <message>
        <source>--token must not be empty</source>
        <translation>--token darf nicht leer sein</translation>
    </message>
    <message>
        <source>--timeout must be a number of milliseconds, not &apos;%1&apos;</source>
        <translation>--timeout muss eine Anzahl Millisekunden sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>authlab check: cannot reach %1: %2</source>
        <translation>authlab check: %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Usage:
  authlab [FILE.json | --scenario FILE] [--lang %1] [--port N]
                                                  start the GUI (with that scenario file)
  authlab serve [--scenario FILE] [--host ADDR] [--port N] [--threads N] [--behaviour NAME] [--proxy] [--quiet]
                                                  headless mock server, one log line per exchange
  authlab serve --help                            the server&apos;s options
  authlab matrix [--scenario FILE] [--behaviour NAME] [--format text|json|csv]
                                                  every identity against every resource
  authlab check URL [--user U:P] [--other-user U:P] [--token T] [--format text|json] [--insecure] [--timeout MS]
                                                  check a real server&apos;s authentication against the RFCs
  authlab --help | --version

serve listens on 127.0.0.1:8080 unless told otherwise (--port 0: any free port); it prints
its URL, then one line per exchange: time, client, method, target, status, user, reason.
Ctrl+C or SIGTERM stops it.

Exit codes: 0 ok; 1 check found MUST or SHOULD violations; 2 bad arguments or bad scenario; 3 cannot listen (port in use), or check cannot reach the server.
</source>
        <translation>Aufruf:
  authlab [DATEI.json | --scenario DATEI] [--lang %1] [--port N]
                                                  die GUI starten (mit dieser Szenariodatei)
  authlab serve [--scenario DATEI] [--host ADRESSE] [--port N] [--threads N] [--behaviour NAME] [--proxy] [--quiet]
                                                  Mock-Server ohne GUI, eine Protokollzeile pro Austausch
  authlab serve --help                            die Optionen des Servers
  authlab matrix [--scenario DATEI] [--behaviour NAME] [--format text|json|csv]
                                                  jede Identität gegen jede Ressource
  authlab check URL [--user U:P] [--other-user U:P] [--token T] [--format text|json] [--insecure] [--timeout MS]
                                                  die Authentifizierung eines echten Servers gegen die RFCs prüfen
  authlab --help | --version

serve lauscht auf 127.0.0.1:8080, sofern nicht anders angegeben (--port 0: ein beliebiger
freier Port); es gibt seine URL aus, dann eine Zeile pro Austausch: Zeit, Client, Methode,
Ziel, Status, Benutzer, Grund. Strg+C oder SIGTERM beendet es.

Exit-Codes: 0 ok; 1 check hat MUSS- oder SOLLTE-Verstöße gefunden; 2 falsche Argumente oder fehlerhaftes Szenario; 3 Lauschen nicht möglich (Port belegt) oder check erreicht den Server nicht.
</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 ist ein Ordner</translation>
    </message>
    <message numerus="yes">
        <source>authlab serve on %1: %n exchange(s).</source>
        <translation>
            <numerusform>authlab serve auf %1: %n Austausch.</numerusform>
            <numerusform>authlab serve auf %1: %n Austausche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) were served but not recorded (too many at once).</source>
        <translation>
            <numerusform>%n Austausch wurde bedient, aber nicht aufgezeichnet (zu viele gleichzeitig).</numerusform>
            <numerusform>%n Austausche wurden bedient, aber nicht aufgezeichnet (zu viele gleichzeitig).</numerusform>
        </translation>
    </message>
    <message>
        <source>On exit, write the exchanges (the newest 10,000) to FILE as HAR 1.2, passwords, tokens and cookie values redacted.</source>
        <translation>Beim Beenden die Austausche (die neuesten 10.000) als HAR 1.2 in DATEI schreiben; Passwörter, Tokens und Cookie-Werte werden geschwärzt.</translation>
    </message>
    <message>
        <source>Keep passwords, tokens and cookie values in the HAR file.</source>
        <translation>Passwörter, Tokens und Cookie-Werte in der HAR-Datei nicht schwärzen.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok; 1 the HAR file could not be written at exit; 2 bad arguments, bad
scenario or a --har FILE that cannot be written; 3 cannot listen (port in use).
</source>
        <translation>Exit-Codes: 0 ok; 1 die HAR-Datei konnte beim Beenden nicht geschrieben werden;
2 falsche Argumente, fehlerhaftes Szenario oder eine nicht beschreibbare --har DATEI;
3 Lauschen nicht möglich (Port belegt).
</translation>
    </message>
    <message>
        <source>--har-secrets needs --har FILE</source>
        <translation>--har-secrets erfordert --har DATEI</translation>
    </message>
    <message>
        <source>cannot write the HAR file %1: %2</source>
        <translation>die HAR-Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>authlab serve: the HAR file was not written: %1</source>
        <translation>authlab serve: Die HAR-Datei wurde nicht geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <source>authlab serve: wrote %n exchange(s) to %1.</source>
        <translation>
            <numerusform>authlab serve: %n Austausch nach %1 geschrieben.</numerusform>
            <numerusform>authlab serve: %n Austausche nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n oldest were dropped (only the newest %1, at most %2 MiB, are kept).</source>
        <translation>
            <numerusform>%n Austausch (der älteste) wurde verworfen (nur die neuesten %1, höchstens %2 MiB, werden behalten).</numerusform>
            <numerusform>%n Austausche (die ältesten) wurden verworfen (nur die neuesten %1, höchstens %2 MiB, werden behalten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: authlab serve [--scenario FILE] [--host ADDR] [--port N] [--threads N]
                     [--behaviour NAME] [--proxy] [--quiet] [--har FILE [--har-secrets]]

A headless mock server for the scenario (the built-in default unless --scenario names
one). It prints its URL, then one line per exchange: time, client, method, target,
status, user, reason. Ctrl+C, SIGTERM or SIGHUP stops it.

With --proxy it is also the forward proxy in front of itself: try
  curl -x http://127.0.0.1:PORT --proxy-user bob:builder -u bob:builder http://127.0.0.1:PORT/staff

With --har FILE it keeps every exchange (the newest 10,000, at most 64 MiB of them) and
writes them to FILE as HAR 1.2 when it stops; Authorization values, cookie values,
access_token and password parameters show as &lt;redacted&gt; unless --har-secrets is given.

Options:
</source>
        <translation>Aufruf: authlab serve [--scenario DATEI] [--host ADRESSE] [--port N] [--threads N]
                      [--behaviour NAME] [--proxy] [--quiet] [--har DATEI [--har-secrets]]

Ein Mock-Server ohne GUI für das Szenario (das eingebaute Standardszenario, sofern
--scenario keines nennt). Er gibt seine URL aus, dann eine Zeile pro Austausch: Zeit,
Client, Methode, Ziel, Status, Benutzer, Grund. Strg+C, SIGTERM oder SIGHUP beendet ihn.

Mit --proxy ist er zugleich der Forward-Proxy vor sich selbst: Probieren Sie
  curl -x http://127.0.0.1:PORT --proxy-user bob:builder -u bob:builder http://127.0.0.1:PORT/staff

Mit --har DATEI behält er alle Austausche (die neuesten 10.000, höchstens 64 MiB davon) und
schreibt sie beim Beenden als HAR 1.2 in DATEI; die Werte von Authorization und Cookies sowie
die Parameter access_token und password erscheinen als &lt;redacted&gt;, außer mit --har-secrets.

Optionen:
</translation>
    </message>
</context>
<context>
    <name>authlab::digest</name>
    <message>
        <source>The Digest credentials are well-formed.</source>
        <translation>Die Digest-Zugangsdaten sind wohlgeformt.</translation>
    </message>
    <message>
        <source>The Authorization field does not start with the Digest scheme.</source>
        <translation>Das Feld Authorization beginnt nicht mit dem Schema Digest.</translation>
    </message>
    <message>
        <source>The Digest credentials are not a comma-separated list of name=value parameters.</source>
        <translation>Die Digest-Zugangsdaten sind keine durch Kommas getrennte Liste von Parametern name=value.</translation>
    </message>
    <message>
        <source>The Digest parameter %1 is not written as name=value with a token or a quoted string.</source>
        <translation>Der Digest-Parameter %1 ist nicht als name=value mit einem Token oder einem Quoted-String geschrieben.</translation>
    </message>
    <message>
        <source>The quoted value of the Digest parameter %1 does not close, holds a control character, or is followed by something other than a comma.</source>
        <translation>Der Quoted-String-Wert des Digest-Parameters %1 ist nicht geschlossen, enthält ein Steuerzeichen oder wird von etwas anderem als einem Komma gefolgt.</translation>
    </message>
    <message>
        <source>The Digest credentials have more than %1 parameters.</source>
        <translation>Die Digest-Zugangsdaten haben mehr als %1 Parameter.</translation>
    </message>
    <message>
        <source>The Digest parameter %1 appears more than once; each parameter may be sent only once.</source>
        <translation>Der Digest-Parameter %1 kommt mehr als einmal vor; jeder Parameter darf nur einmal gesendet werden.</translation>
    </message>
    <message>
        <source>The Digest credentials lack the required parameter %1.</source>
        <translation>Den Digest-Zugangsdaten fehlt der erforderliche Parameter %1.</translation>
    </message>
    <message>
        <source>The Digest credentials carry both username and username*, which must be treated as an error.</source>
        <translation>Die Digest-Zugangsdaten enthalten sowohl username als auch username*, was als Fehler behandelt werden muss.</translation>
    </message>
    <message>
        <source>The username* value is not an RFC 8187 extended value in UTF-8 or ISO-8859-1.</source>
        <translation>Der Wert von username* ist kein erweiterter Wert nach RFC 8187 in UTF-8 oder ISO-8859-1.</translation>
    </message>
    <message>
        <source>The nc value must be exactly 8 hexadecimal digits and at least 00000001.</source>
        <translation>Der Wert nc muss aus genau 8 Hexadezimalziffern bestehen und mindestens 00000001 sein.</translation>
    </message>
    <message>
        <source>The Digest algorithm is not one this server knows (SHA-256, MD5, SHA-256-sess, MD5-sess).</source>
        <translation>Der Digest-Algorithmus ist keiner, den dieser Server kennt (SHA-256, MD5, SHA-256-sess, MD5-sess).</translation>
    </message>
    <message>
        <source>The qop value must be auth, the only quality of protection this server offers.</source>
        <translation>Der Wert qop muss auth sein, die einzige Schutzqualität (quality of protection), die dieser Server anbietet.</translation>
    </message>
    <message>
        <source>The userhash value must be true or false.</source>
        <translation>Der Wert userhash muss true oder false sein.</translation>
    </message>
</context>
<context>
    <name>authlab::gui::BehaviourPane</name>
    <message>
        <source>What the server does</source>
        <translation>Was der Server tut</translation>
    </message>
    <message>
        <source>What RFC 9110 says (%1)</source>
        <translation>Was RFC 9110 sagt (%1)</translation>
    </message>
    <message>
        <source>What it breaks or follows (%1)</source>
        <translation>Was es verletzt oder befolgt (%1)</translation>
    </message>
    <message>
        <source>What real clients do</source>
        <translation>Was echte Clients tun</translation>
    </message>
</context>
<context>
    <name>authlab::gui::CheckModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>What exactly</source>
        <translation>Was genau</translation>
    </message>
    <message>
        <source>RFC</source>
        <translation>RFC</translation>
    </message>
</context>
<context>
    <name>authlab::gui::CheckPane</name>
    <message>
        <source>Accept any certificate</source>
        <translation>Beliebiges Zertifikat akzeptieren</translation>
    </message>
    <message>
        <source>Run check</source>
        <translation>Prüfung starten</translation>
    </message>
    <message>
        <source>URL to check</source>
        <translation>Zu prüfende URL</translation>
    </message>
    <message>
        <source>http:// or https:// URL of a real server</source>
        <translation>http://- oder https://-URL eines echten Servers</translation>
    </message>
    <message>
        <source>User name for the check</source>
        <translation>Benutzername für die Prüfung</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Password for the check</source>
        <translation>Passwort für die Prüfung</translation>
    </message>
    <message>
        <source>Bearer token for the check</source>
        <translation>Bearer-Token für die Prüfung</translation>
    </message>
    <message>
        <source>Go on despite TLS certificate errors (like curl -k); they are still reported</source>
        <translation>Trotz TLS-Zertifikatsfehlern fortfahren (wie curl -k); sie werden trotzdem gemeldet</translation>
    </message>
    <message>
        <source>Probe the URL and list what the RFCs say of its answers (Enter in any field)</source>
        <translation>Die URL prüfen und auflisten, was die RFCs zu ihren Antworten sagen (Enter in einem beliebigen Feld)</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Findings of the check</source>
        <translation>Befunde der Prüfung</translation>
    </message>
    <message>
        <source>Select a finding (arrow keys, or Enter) to see the exchange it was seen in</source>
        <translation>Einen Befund auswählen (Pfeiltasten oder Enter), um den Austausch zu sehen, in dem er auftrat</translation>
    </message>
    <message>
        <source>RFC sentence and explanation of the selected finding</source>
        <translation>RFC-Satz und Erklärung des ausgewählten Befunds</translation>
    </message>
    <message>
        <source>The selected finding&apos;s RFC sentence and what it means</source>
        <translation>Der RFC-Satz des ausgewählten Befunds und seine Bedeutung</translation>
    </message>
    <message>
        <source>Checking… %1 of %2 requests answered.</source>
        <translation>Prüfung läuft… %1 von %2 Anfragen beantwortet.</translation>
    </message>
    <message>
        <source>Checks a server&apos;s authentication against RFC 9110, 7617, 6750 and 9111, like `authlab check`: enter its URL and, optionally, good credentials, then Run.</source>
        <translation>Prüft die Authentifizierung eines Servers gegen RFC 9110, 7617, 6750 und 9111, wie `authlab check`: Geben Sie seine URL und optional gültige Zugangsdaten ein und klicken Sie dann auf „Prüfung starten“.</translation>
    </message>
    <message>
        <source>Cannot check: %1.</source>
        <translation>Prüfung nicht möglich: %1.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Server nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The check stopped at the TLS certificate; tick “Accept any certificate” to go on.</source>
        <translation>Die Prüfung endete beim TLS-Zertifikat; kreuzen Sie „Beliebiges Zertifikat akzeptieren“ an, um fortzufahren.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in %1 ms: </source>
        <translation>
            <numerusform>%n Anfrage in %1 ms: </numerusform>
            <numerusform>%n Anfragen in %1 ms: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MUST and %2 SHOULD violated, %3 advice.</source>
        <translation>MUSS verletzt: %1, SOLLTE verletzt: %2, Hinweise: %3.</translation>
    </message>
    <message numerus="yes">
        <source>no MUST or SHOULD violated (%n advice).</source>
        <translation>
            <numerusform>kein MUSS oder SOLLTE verletzt (%n Hinweis).</numerusform>
            <numerusform>kein MUSS oder SOLLTE verletzt (%n Hinweise).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2
%3: “%4”
%5

Evidence:
%6</source>
        <translation>%1 — %2
%3: „%4“
%5

Nachweis:
%6</translation>
    </message>
    <message>
        <source>Another valid user, with other rights</source>
        <translation>Ein weiterer gültiger Benutzer mit anderen Rechten</translation>
    </message>
    <message>
        <source>A valid user with other rights (like --other-user): the check compares their answers with the first user&apos;s</source>
        <translation>Ein gültiger Benutzer mit anderen Rechten (wie --other-user): Die Prüfung vergleicht seine Antworten mit denen des ersten Benutzers</translation>
    </message>
    <message>
        <source>Password of the other user</source>
        <translation>Passwort des anderen Benutzers</translation>
    </message>
    <message>
        <source>Other user:</source>
        <translation>Anderer Benutzer:</translation>
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
        <source>%1 is a member of %2</source>
        <translation>%1 ist Mitglied von %2</translation>
    </message>
    <message>
        <source>no user of this scenario has the typed token: no groups</source>
        <translation>kein Benutzer dieses Szenarios hat das eingegebene Token: keine Gruppen</translation>
    </message>
    <message>
        <source>type the user-id of a scenario user to see its groups</source>
        <translation>die Benutzer-ID eines Benutzers des Szenarios eingeben, um seine Gruppen zu sehen</translation>
    </message>
    <message>
        <source>%1 is not a user of this scenario: no groups</source>
        <translation>%1 ist kein Benutzer dieses Szenarios: keine Gruppen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address (such as 10.1.2.3); the server keeps using %2.</source>
        <translation>&quot;%1&quot; ist keine IPv4- oder IPv6-Adresse (wie 10.1.2.3); der Server verwendet weiterhin %2.</translation>
    </message>
    <message>
        <source>the real address</source>
        <translation>die echte Adresse</translation>
    </message>
    <message>
        <source>Session cookie (login form)</source>
        <translation>Sitzungs-Cookie (Anmeldeformular)</translation>
    </message>
    <message>
        <source>Clear cookies</source>
        <translation>Cookies löschen</translation>
    </message>
    <message>
        <source>Empty this identity&apos;s cookie jar: the next request logs in again</source>
        <translation>Den Cookie-Speicher dieser Identität leeren: Die nächste Anfrage meldet sich erneut an</translation>
    </message>
    <message>
        <source>Cookie jar of %1: empty.</source>
        <translation>Cookie-Speicher von %1: leer.</translation>
    </message>
    <message>
        <source>Cookie jar of %1:</source>
        <translation>Cookie-Speicher von %1:</translation>
    </message>
    <message>
        <source>(for %1%2)</source>
        <translation>(für %1%2)</translation>
    </message>
    <message>
        <source>same credentials to the proxy</source>
        <translation>dieselben Zugangsdaten an den Proxy</translation>
    </message>
    <message>
        <source>no credentials to the proxy</source>
        <translation>keine Zugangsdaten an den Proxy</translation>
    </message>
</context>
<context>
    <name>authlab::gui::EditDialog</name>
    <message>
        <source>No groups yet (Users pane ▸ Groups…).</source>
        <translation>Noch keine Gruppen (Bereich Benutzer und Gruppen ▸ Gruppen…).</translation>
    </message>
    <message>
        <source>One rule a line, first match wins: allow 10.0.0.0/8, deny all</source>
        <translation>Eine Regel pro Zeile, der erste Treffer gilt: allow 10.0.0.0/8, deny all</translation>
    </message>
    <message>
        <source>Ordered address rules, as nginx has them: &quot;allow&quot; or &quot;deny&quot;, a space, then an address, a network (10.0.0.0/8, fd00::/8) or &quot;all&quot;</source>
        <translation>Geordnete Adressregeln wie bei nginx: &quot;allow&quot; oder &quot;deny&quot;, ein Leerzeichen, dann eine Adresse, ein Netz (10.0.0.0/8, fd00::/8) oder &quot;all&quot;</translation>
    </message>
    <message>
        <source>Not applied, the scenario would not load:</source>
        <translation>Nicht übernommen, das Szenario ließe sich nicht laden:</translation>
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
    <name>authlab::gui::ExchangeMenu</name>
    <message>
        <source>No exchange here</source>
        <translation>Kein Austausch an dieser Stelle</translation>
    </message>
    <message>
        <source> (leg %1 of %2)</source>
        <translation> (Schritt %1 von %2)</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl-Befehl kopieren</translation>
    </message>
    <message>
        <source>A shell command that sends this request again, exactly: method, target, every header field (Authorization included) and the body</source>
        <translation>Ein Shell-Befehl, der diese Anfrage exakt erneut sendet: Methode, Ziel, jedes Header-Feld (auch Authorization) und den Body</translation>
    </message>
    <message>
        <source>Copy raw &amp;request</source>
        <translation>&amp;Rohe Anfrage kopieren</translation>
    </message>
    <message>
        <source>Copy raw re&amp;sponse</source>
        <translation>Rohe &amp;Antwort kopieren</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Export as HAR (%n legs)…</source>
        <translation>
            <numerusform>Als HAR &amp;exportieren (%n Schritt)…</numerusform>
            <numerusform>Als HAR &amp;exportieren (%n Schritte)…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export as HAR…</source>
        <translation>Als HAR &amp;exportieren…</translation>
    </message>
    <message>
        <source>Open in the se&amp;quence diagram</source>
        <translation>Im &amp;Sequenzdiagramm öffnen</translation>
    </message>
</context>
<context>
    <name>authlab::gui::FileActions</name>
    <message>
        <source>Open scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>AuthLab scenarios (*.json);;All files (*)</source>
        <translation>AuthLab-Szenarien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 — %2 set aside — AuthLab</source>
        <translation>%1 — %2 zurückgestellt — AuthLab</translation>
    </message>
    <message>
        <source>%1[*] — AuthLab</source>
        <translation>%1[*] — AuthLab</translation>
    </message>
    <message>
        <source>%1[*] — %2 — AuthLab</source>
        <translation>%1[*] — %2 — AuthLab</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 enthält Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>Save them first?</source>
        <translation>Zuerst speichern?</translation>
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
        <source>The scenario was not saved</source>
        <translation>Das Szenario wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>The file on disk is unchanged.</source>
        <translation>Die Datei auf dem Datenträger ist unverändert.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
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
        <source>A new scenario from the built-in default</source>
        <translation>Neues Szenario auf Basis des eingebauten Standardszenarios</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen auf Gespeichertes</translation>
    </message>
    <message>
        <source>Drop every change since %1 was saved?</source>
        <translation>Alle Änderungen seit dem letzten Speichern von %1 verwerfen?</translation>
    </message>
    <message>
        <source>Edit the scenario settings</source>
        <translation>Szenarioeinstellungen bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>authlab::gui::GroupsDialog</name>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>F2 or a double-click renames a group or edits its description; a rename follows into every user and resource</source>
        <translation>F2 oder ein Doppelklick benennt eine Gruppe um oder bearbeitet ihre Beschreibung; eine Umbenennung wird in alle Benutzer und Ressourcen übernommen</translation>
    </message>
    <message>
        <source>&amp;Groups (each change applies at once and can be undone):</source>
        <translation>&amp;Gruppen (jede Änderung gilt sofort und lässt sich rückgängig machen):</translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <translation>Gruppe &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove group</source>
        <translation>Gruppe &amp;entfernen</translation>
    </message>
    <message>
        <source>group</source>
        <translation>gruppe</translation>
    </message>
    <message>
        <source>group%1</source>
        <translation>gruppe%1</translation>
    </message>
    <message>
        <source>Add group %1</source>
        <translation>Gruppe %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove group %1</source>
        <translation>Gruppe %1 entfernen</translation>
    </message>
    <message>
        <source>Rename group %1 to %2</source>
        <translation>Gruppe %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Describe group %1</source>
        <translation>Beschreibung der Gruppe %1 ändern</translation>
    </message>
    <message>
        <source>Not applied, the scenario would not load:</source>
        <translation>Nicht übernommen, das Szenario ließe sich nicht laden:</translation>
    </message>
    <message>
        <source>%1 is the only group that may use %2. Without it, every authenticated user may use them.</source>
        <translation>%1 ist die einzige Gruppe, die %2 benutzen darf. Ohne sie darf jeder authentifizierte Benutzer sie benutzen.</translation>
    </message>
    <message>
        <source>Remove the group anyway? (Edit ▸ Undo brings it back.)</source>
        <translation>Die Gruppe trotzdem entfernen? (Bearbeiten ▸ Rückgängig holt sie zurück.)</translation>
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
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The embedded server is not running</source>
        <translation>Der eingebettete Server läuft nicht</translation>
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
    <message>
        <source>Without a display, run the headless server instead:
    authlab serve [--scenario FILE] [--port N]
and point curl or a browser at the URL it prints.</source>
        <translation>Starten Sie ohne Display stattdessen den Server ohne GUI:
    authlab serve [--scenario DATEI] [--port N]
und öffnen Sie die ausgegebene URL mit curl oder einem Browser.</translation>
    </message>
    <message>
        <source>authlab: no display found (DISPLAY and WAYLAND_DISPLAY are not set).</source>
        <translation>authlab: kein Display gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt).</translation>
    </message>
    <message>
        <source>authlab: cannot open the display &apos;%1&apos; (no X server answers there, or it refuses the connection).</source>
        <translation>authlab: Das Display &apos;%1&apos; kann nicht geöffnet werden (dort antwortet kein X-Server, oder er verweigert die Verbindung).</translation>
    </message>
    <message>
        <source>authlab: the window cannot be shown: %1</source>
        <translation>authlab: Das Fenster kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Language: %1.</source>
        <translation>Sprache: %1.</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &apos;%2&apos;</source>
        <translation>--lang muss eines von %1 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Print the wall-clock time (ms since the epoch) of the first live answer, then quit.</source>
        <translation>Die Uhrzeit der ersten Live-Antwort (ms seit der Epoche) ausgeben, dann beenden.</translation>
    </message>
    <message>
        <source>Scenario file to open, as with --scenario.</source>
        <translation>Zu öffnende Szenariodatei, wie mit --scenario.</translation>
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
    <name>authlab::gui::LessonsPane</name>
    <message>
        <source>Left the lesson: your scenario, request and watched requests are back.</source>
        <translation>Lektion verlassen: Ihr Szenario, Ihre Anfrage und Ihre beobachteten Anfragen sind wieder da.</translation>
    </message>
    <message>
        <source>Step %1 done ✓</source>
        <translation>Schritt %1 erledigt ✓</translation>
    </message>
    <message>
        <source>Lesson complete ✓ — every step is done.</source>
        <translation>Lektion abgeschlossen ✓ — alle Schritte sind erledigt.</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ erledigt</translation>
    </message>
    <message>
        <source>○ to do</source>
        <translation>○ offen</translation>
    </message>
    <message>
        <source>Lesson:</source>
        <translation>Lektion:</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Be&amp;gin</source>
        <translation>Be&amp;ginnen</translation>
    </message>
    <message>
        <source>Start the chosen lesson: its scenario, client and watched requests replace yours until you leave it</source>
        <translation>Die gewählte Lektion starten: Bis Sie sie verlassen, ersetzen Szenario, Client und beobachtete Anfragen der Lektion Ihre eigenen</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Start this lesson again from its first step (a bug hunt picks a new bug)</source>
        <translation>Diese Lektion wieder ab dem ersten Schritt starten (eine Fehlersuche wählt einen neuen Bug)</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <source>Leave the lesson and get your own scenario, request and watched requests back</source>
        <translation>Die Lektion verlassen und Ihr eigenes Szenario, Ihre Anfrage und Ihre beobachteten Anfragen zurückbekommen</translation>
    </message>
    <message>
        <source>Steps of the lesson</source>
        <translation>Schritte der Lektion</translation>
    </message>
    <message>
        <source>Answer to the qui&amp;z:</source>
        <translation>Antwort auf das Qui&amp;z:</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <source>Show the next hint for this step</source>
        <translation>Den nächsten Tipp für diesen Schritt anzeigen</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Step %1 done ✓ — %2</source>
        <translation>Schritt %1 erledigt ✓ — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s). Begin to start: the lesson sets up its own scenario and client, and gives yours back when you leave it.</source>
        <translation>
            <numerusform>%n Schritt. „Beginnen“ startet die Lektion: Sie richtet ihr eigenes Szenario und ihren eigenen Client ein und gibt Ihnen Ihre zurück, wenn Sie sie verlassen.</numerusform>
            <numerusform>%n Schritte. „Beginnen“ startet die Lektion: Sie richtet ihr eigenes Szenario und ihren eigenen Client ein und gibt Ihnen Ihre zurück, wenn Sie sie verlassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No lessons are installed.</source>
        <translation>Es sind keine Lektionen installiert.</translation>
    </message>
    <message>
        <source>Step %1 of %2 — %3</source>
        <translation>Schritt %1 von %2 — %3</translation>
    </message>
    <message>
        <source>done ✓</source>
        <translation>erledigt ✓</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>noch nicht erledigt</translation>
    </message>
    <message>
        <source>Checked live:</source>
        <translation>Live geprüft:</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(auswählen)</translation>
    </message>
    <message>
        <source>Hint %1: %2</source>
        <translation>Tipp %1: %2</translation>
    </message>
    <message>
        <source>No hints</source>
        <translation>Keine Tipps</translation>
    </message>
    <message>
        <source>Hint (%1 of %2)</source>
        <translation>Tipp (%1 von %2)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Begründung: %1</translation>
    </message>
</context>
<context>
    <name>authlab::gui::LogPane</name>
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
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Watched requests (re-sent on every change)</source>
        <translation>Beobachtete Anfragen (bei jeder Änderung neu gesendet)</translation>
    </message>
    <message>
        <source>Users and their groups</source>
        <translation>Benutzer und ihre Gruppen</translation>
    </message>
    <message>
        <source>Resources and their rules</source>
        <translation>Ressourcen und ihre Regeln</translation>
    </message>
    <message>
        <source>Exchange log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Restart the embedded server on the chosen port (Ctrl+R)</source>
        <translation>Den eingebetteten Server auf dem gewählten Port neu starten (Strg+R)</translation>
    </message>
    <message>
        <source>Zoom: %1%</source>
        <translation>Zoom: %1 %</translation>
    </message>
    <message>
        <source>Presenter mode: F11 returns to the normal window</source>
        <translation>Präsentationsmodus: F11 kehrt zum normalen Fenster zurück</translation>
    </message>
    <message>
        <source>Presenter mode off</source>
        <translation>Präsentationsmodus aus</translation>
    </message>
    <message>
        <source>Showing the live answer to %1 %2</source>
        <translation>Angezeigt: die Live-Antwort auf %1 %2</translation>
    </message>
    <message>
        <source>Showing the watched request %1 %2; it follows every change.</source>
        <translation>Angezeigt: die beobachtete Anfrage %1 %2; sie folgt jeder Änderung.</translation>
    </message>
    <message>
        <source>Showing exchange #%1 from the log (%2, %3 %4 → %5): a past answer. Any change returns to the live answer.</source>
        <translation>Angezeigt: Austausch #%1 aus dem Protokoll (%2, %3 %4 → %5), eine frühere Antwort. Jede Änderung kehrt zur Live-Antwort zurück.</translation>
    </message>
    <message>
        <source>It is not among the rows the log lists now (filtered out or dropped).</source>
        <translation>Er ist nicht unter den Zeilen, die das Protokoll jetzt zeigt (herausgefiltert oder verworfen).</translation>
    </message>
    <message>
        <source>Stale — Live is off and the request or scenario changed after this answer. Send (Ctrl+Return) to update it.</source>
        <translation>Veraltet — Live ist aus, und die Anfrage oder das Szenario hat sich nach dieser Antwort geändert. Senden (Strg+Return) aktualisiert sie.</translation>
    </message>
    <message>
        <source>Server behaviour</source>
        <translation>Serververhalten</translation>
    </message>
    <message>
        <source>&amp;Behaviour:</source>
        <translation>&amp;Verhalten:</translation>
    </message>
    <message>
        <source>The server answers as RFC 9110 says (Alt+6 explains each behaviour)</source>
        <translation>Der Server antwortet, wie RFC 9110 es vorsieht (Alt+6 erklärt jedes Verhalten)</translation>
    </message>
    <message>
        <source>The server deviates from RFC 9110 on purpose: %1 (Alt+6 explains it)</source>
        <translation>Der Server weicht absichtlich von RFC 9110 ab: %1 (Alt+6 erklärt es)</translation>
    </message>
    <message>
        <source>Matrix of statuses: identities by resources</source>
        <translation>Statusmatrix: Identitäten nach Ressourcen</translation>
    </message>
    <message>
        <source>Click a cell (or press Enter on it) to see that exchange</source>
        <translation>Eine Zelle anklicken (oder darauf Enter drücken), um diesen Austausch anzuzeigen</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message numerus="yes">
        <source>%n real request(s) to the matrix&apos;s own server in %1 ms.</source>
        <translation>
            <numerusform>%n echte Anfrage an den eigenen Server der Matrix in %1 ms.</numerusform>
            <numerusform>%n echte Anfragen an den eigenen Server der Matrix in %1 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) changed with the last change (outlined).</source>
        <translation>
            <numerusform>%n Zelle durch die letzte Änderung verändert (umrandet).</numerusform>
            <numerusform>%n Zellen durch die letzte Änderung verändert (umrandet).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed with the last change.</source>
        <translation>Die letzte Änderung hat nichts verändert.</translation>
    </message>
    <message>
        <source>The matrix&apos;s server cannot listen: %1</source>
        <translation>Der Server der Matrix kann nicht lauschen: %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>The server is also an authenticating proxy: curl -x %1 --proxy-user bob:builder %1/staff gets past it (407 without --proxy-user).</source>
        <translation>Der Server ist zugleich ein authentifizierender Proxy: curl -x %1 --proxy-user bob:builder %1/staff kommt an ihm vorbei (ohne --proxy-user: 407).</translation>
    </message>
    <message>
        <source>Proxy mode off: absolute-form requests are served as by an origin server.</source>
        <translation>Proxy-Modus aus: Anfragen in absolute-form werden wie von einem Ursprungsserver beantwortet.</translation>
    </message>
    <message>
        <source>Showing the matrix cell %1 on %2; it follows every change.</source>
        <translation>Angezeigt: die Matrixzelle %1 auf %2; sie folgt jeder Änderung.</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Showing the exchange behind the check finding “%1” (a past answer of the checked server; Esc returns to the live answer).</source>
        <translation>Angezeigt: der Austausch hinter dem Prüfbefund „%1“ (eine frühere Antwort des geprüften Servers; Esc kehrt zur Live-Antwort zurück).</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation>Lektion: %1</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>Guided lessons with live checks: the Lessons pane (Alt+9)</source>
        <translation>Geführte Lektionen mit Live-Prüfungen: der Bereich Lektionen (Alt+9)</translation>
    </message>
    <message>
        <source>Expose to the local &amp;network…</source>
        <translation>&amp;Im lokalen Netz freigeben…</translation>
    </message>
    <message>
        <source>Let attendees reach the mock server from their own machines (asks first; off again at the next start)</source>
        <translation>Teilnehmenden den Zugriff auf den Mock-Server von ihren eigenen Rechnern aus erlauben (fragt vorher; beim nächsten Start wieder aus)</translation>
    </message>
    <message>
        <source>Addresses for attendees</source>
        <translation>Adressen für Teilnehmende</translation>
    </message>
    <message>
        <source>Expose the server to the local network?</source>
        <translation>Server im lokalen Netz freigeben?</translation>
    </message>
    <message>
        <source>Anyone on this network will reach the mock server.</source>
        <translation>Jeder in diesem Netz kann dann den Mock-Server erreichen.</translation>
    </message>
    <message>
        <source>The server restarts on every address of this machine, port %1; the tool bar then lists the addresses attendees use.</source>
        <translation>Der Server startet auf allen Adressen dieses Rechners neu, Port %1; die Werkzeugleiste zeigt dann die Adressen, die Teilnehmende verwenden.</translation>
    </message>
    <message>
        <source>Expose</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>The server was not exposed</source>
        <translation>Der Server wurde nicht freigegeben</translation>
    </message>
    <message>
        <source>It cannot listen on every address: %1</source>
        <translation>Er kann nicht auf allen Adressen lauschen: %1</translation>
    </message>
    <message>
        <source>Presenter mode (F11) shows them large in the tool bar. Server ▸ Expose again turns it off.</source>
        <translation>Der Präsentationsmodus (F11) zeigt sie groß in der Werkzeugleiste. Server ▸ Im lokalen Netz freigeben schaltet die Freigabe wieder aus.</translation>
    </message>
    <message>
        <source>The server is exposed to the local network.</source>
        <translation>Der Server ist im lokalen Netz freigegeben.</translation>
    </message>
    <message>
        <source>The server listens on the loopback only again.</source>
        <translation>Der Server lauscht wieder nur auf Loopback.</translation>
    </message>
    <message>
        <source>⚠ Exposed, but this machine has no network address; only %1 reaches the server</source>
        <translation>⚠ Freigegeben, aber dieser Rechner hat keine Netzwerkadresse; nur %1 erreicht den Server</translation>
    </message>
    <message>
        <source>⚠ On the network — attendees use: %1</source>
        <translation>⚠ Im Netz — Teilnehmende verwenden: %1</translation>
    </message>
    <message>
        <source>On every address; here: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Auf allen Adressen; hier: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>(secret: bug hunt)</source>
        <translation>(geheim: Fehlersuche)</translation>
    </message>
    <message>
        <source>Tick a box (or press Space on it) to change a user&apos;s membership; Enter edits the user, Insert adds one, Delete removes it</source>
        <translation>Ein Kästchen ankreuzen (oder darauf die Leertaste drücken), um die Mitgliedschaft eines Benutzers zu ändern; Enter bearbeitet den Benutzer, Einfg fügt einen hinzu, Entf entfernt ihn</translation>
    </message>
    <message>
        <source>Groups…</source>
        <translation>Gruppen…</translation>
    </message>
    <message>
        <source>Add, rename, describe and remove groups</source>
        <translation>Gruppen hinzufügen, umbenennen, beschreiben und entfernen</translation>
    </message>
    <message>
        <source>Enter edits the resource, Insert adds one, Delete removes it</source>
        <translation>Enter bearbeitet die Ressource, Einfg fügt eine hinzu, Entf entfernt sie</translation>
    </message>
    <message>
        <source>Request it</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Make the selected resource the client&apos;s URL</source>
        <translation>Die ausgewählte Ressource als URL des Clients übernehmen</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Re&amp;dact passwords and tokens in exports</source>
        <translation>&amp;Passwörter und Tokens in Exporten schwärzen</translation>
    </message>
    <message>
        <source>HAR files and bug reports show &lt;redacted&gt; instead of Authorization values, cookie values, access_token and password parameters</source>
        <translation>HAR-Dateien und Fehlerberichte zeigen &lt;redacted&gt; statt der Werte von Authorization und Cookies und statt der Parameter access_token und password</translation>
    </message>
    <message>
        <source>Export the exchange log as &amp;HAR…</source>
        <translation>Austauschprotokoll als &amp;HAR exportieren…</translation>
    </message>
    <message>
        <source>The selected rows of the log, or every row when none is selected, as HAR 1.2</source>
        <translation>Die ausgewählten Zeilen des Protokolls als HAR 1.2 (alle Zeilen, wenn keine ausgewählt ist)</translation>
    </message>
    <message>
        <source>Save a &amp;bug report…</source>
        <translation>Fehlerbe&amp;richt speichern…</translation>
    </message>
    <message>
        <source>The scenario, the shown exchange as HAR and a summary (what was sent, what came back, what RFC 9110 asks for) in a folder</source>
        <translation>Das Szenario, den angezeigten Austausch als HAR und eine Zusammenfassung (was gesendet wurde, was zurückkam, was RFC 9110 verlangt) in einem Ordner speichern</translation>
    </message>
    <message>
        <source>Context menu</source>
        <translation>Kontextmenü</translation>
    </message>
    <message>
        <source>Copied a curl command (it includes the credentials as sent).</source>
        <translation>curl-Befehl kopiert (er enthält die Zugangsdaten so, wie sie gesendet wurden).</translation>
    </message>
    <message>
        <source>Copied the raw bytes.</source>
        <translation>Rohdaten kopiert.</translation>
    </message>
    <message>
        <source>The HAR file was not written</source>
        <translation>Die HAR-Datei wurde nicht geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n exchange(s) to %1%2.</source>
        <translation>
            <numerusform>%n Austausch nach %1 geschrieben%2.</numerusform>
            <numerusform>%n Austausche nach %1 geschrieben%2.</numerusform>
        </translation>
    </message>
    <message>
        <source> (passwords and tokens redacted)</source>
        <translation> (Passwörter und Tokens geschwärzt)</translation>
    </message>
    <message>
        <source>No exchange to export.</source>
        <translation>Kein Austausch zum Exportieren.</translation>
    </message>
    <message>
        <source>Export as HAR</source>
        <translation>Als HAR exportieren</translation>
    </message>
    <message>
        <source>HTTP archives (*.har);;All files (*)</source>
        <translation>HTTP-Archive (*.har);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The bug report was not saved</source>
        <translation>Der Fehlerbericht wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved the bug report in %1 (%2).</source>
        <translation>Fehlerbericht in %1 gespeichert (%2).</translation>
    </message>
    <message>
        <source>No exchange to report</source>
        <translation>Kein Austausch für einen Fehlerbericht</translation>
    </message>
    <message>
        <source>Send a request or pick an exchange first: the bug report is about the exchange the answer view shows.</source>
        <translation>Senden Sie zuerst eine Anfrage oder wählen Sie einen Austausch: Der Fehlerbericht betrifft den Austausch, den der Antwortbereich zeigt.</translation>
    </message>
    <message>
        <source>Save the bug report in a folder</source>
        <translation>Fehlerbericht in einem Ordner speichern</translation>
    </message>
    <message>
        <source>Replace the files?</source>
        <translation>Dateien ersetzen?</translation>
    </message>
    <message>
        <source>%1 already holds %2. Replace them?</source>
        <translation>%1 enthält bereits %2. Diese Dateien ersetzen?</translation>
    </message>
</context>
<context>
    <name>authlab::gui::MatrixModel</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>%1 (%2) on %3: %4
%5</source>
        <translation>%1 (%2) auf %3: %4
%5</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>authlab::gui::ResourceDialog</name>
    <message>
        <source>Add resource</source>
        <translation>Ressource hinzufügen</translation>
    </message>
    <message>
        <source>Edit resource %1</source>
        <translation>Ressource %1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>exact: this path only</source>
        <translation>exact: nur dieser Pfad</translation>
    </message>
    <message>
        <source>prefix: every path that starts with it</source>
        <translation>prefix: jeder Pfad, der damit beginnt</translation>
    </message>
    <message>
        <source>&amp;Match:</source>
        <translation>Abg&amp;leich:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Schemes (none: public)</source>
        <translation>&amp;Schemata (keine: öffentlich)</translation>
    </message>
    <message>
        <source>Challenges are sent in the order the schemes were added</source>
        <translation>Challenges werden in der Reihenfolge gesendet, in der die Schemata hinzugefügt wurden</translation>
    </message>
    <message>
        <source>Required &amp;groups (none: any authenticated user)</source>
        <translation>Erforderliche &amp;Gruppen (keine: jeder authentifizierte Benutzer)</translation>
    </message>
    <message>
        <source>read, write</source>
        <translation>read, write</translation>
    </message>
    <message>
        <source>Scopes a bearer token must carry, comma-separated (needs the bearer scheme)</source>
        <translation>Scopes, die ein Bearer-Token tragen muss, durch Kommas getrennt (erfordert das Schema bearer)</translation>
    </message>
    <message>
        <source>Requ&amp;ired scopes:</source>
        <translation>Erforderl&amp;iche Scopes:</translation>
    </message>
    <message>
        <source>&amp;Hidden: 404 for callers who may not see it</source>
        <translation>&amp;Verborgen: 404 für Aufrufer, die sie nicht sehen dürfen</translation>
    </message>
    <message>
        <source>&amp;Address rules:</source>
        <translation>&amp;Adressregeln:</translation>
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
        <source>The embedded server&apos;s record of this request was not found (it may have been dropped under load), so its reasons cannot be shown.</source>
        <translation>Der Eintrag des eingebetteten Servers zu dieser Anfrage wurde nicht gefunden (vielleicht wurde er unter Last verworfen), daher können seine Gründe nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>This client waits for a challenge before it sends credentials (like a browser, curl --anyauth or wget), and a hidden resource never sends one: it gets 404 even with the right password. Send credentials at once (like curl -u) to get in.</source>
        <translation>Dieser Client wartet auf eine Challenge, bevor er Zugangsdaten sendet (wie ein Browser, curl --anyauth oder wget), und eine versteckte Ressource sendet nie eine: Er bekommt 404, selbst mit dem richtigen Passwort. Senden Sie die Zugangsdaten sofort (wie curl -u), um hineinzukommen.</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>SVG exportieren…</translation>
    </message>
    <message>
        <source>Export the sequence diagram as SVG</source>
        <translation>Sequenzdiagramm als SVG exportieren</translation>
    </message>
    <message>
        <source>Export the sequence diagram as PNG</source>
        <translation>Sequenzdiagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <source>(retry with the new nonce: the old one was stale)</source>
        <translation>(erneut mit der neuen Nonce: Die alte war veraltet)</translation>
    </message>
    <message>
        <source>(filling in and posting the login form, as a browser would)</source>
        <translation>(füllt das Anmeldeformular aus und sendet es ab, wie ein Browser)</translation>
    </message>
    <message>
        <source>Digest arithmetic (%1, qop=auth, nc=%2):</source>
        <translation>Digest-Berechnung (%1, qop=auth, nc=%2):</translation>
    </message>
    <message>
        <source>rspauth checked: the server knows the password too (RFC 7616 §3.5).</source>
        <translation>rspauth geprüft: Auch der Server kennt das Passwort (RFC 7616 §3.5).</translation>
    </message>
    <message>
        <source>rspauth does NOT match: this server cannot prove it knows the password.</source>
        <translation>rspauth stimmt NICHT: Dieser Server kann nicht beweisen, dass er das Passwort kennt.</translation>
    </message>
    <message>
        <source>Exactly the bytes AuthLab&apos;s client sent and received (\r\n shown as text).</source>
        <translation>Genau die Bytes, die der Client von AuthLab gesendet und empfangen hat (\r\n als Text dargestellt).</translation>
    </message>
    <message>
        <source>Certificate errors, accepted for this request: %1</source>
        <translation>Zertifikatsfehler, für diese Anfrage akzeptiert: %1</translation>
    </message>
    <message>
        <source>Certificate errors, not accepted: %1</source>
        <translation>Zertifikatsfehler, nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>(retry with proxy credentials, answering the proxy&apos;s 407)</source>
        <translation>(neuer Versuch mit Zugangsdaten für den Proxy, als Antwort auf die 407 des Proxys)</translation>
    </message>
</context>
<context>
    <name>authlab::gui::RowCopy</name>
    <message>
        <source>&amp;Copy rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>authlab::gui::ScenarioDocument</name>
    <message>
        <source>Set the behaviour to %1</source>
        <translation>Verhalten auf %1 setzen</translation>
    </message>
    <message>
        <source>Turn proxy mode on</source>
        <translation>Proxy-Modus einschalten</translation>
    </message>
    <message>
        <source>Turn proxy mode off</source>
        <translation>Proxy-Modus ausschalten</translation>
    </message>
    <message>
        <source>Set the simulated client address</source>
        <translation>Simulierte Client-Adresse setzen</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message>
        <source>Edit the scenario</source>
        <translation>Szenario bearbeiten</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>The scenario has no file yet: use Save As.</source>
        <translation>Das Szenario hat noch keine Datei: Verwenden Sie Speichern unter.</translation>
    </message>
</context>
<context>
    <name>authlab::gui::ScenarioSettingsDialog</name>
    <message>
        <source>Scenario settings</source>
        <translation>Szenarioeinstellungen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>The realm of every challenge: WWW-Authenticate: Basic realm=&quot;…&quot;</source>
        <translation>Der Realm jeder Challenge: WWW-Authenticate: Basic realm=&quot;…&quot;</translation>
    </message>
    <message>
        <source>&amp;Realm:</source>
        <translation>&amp;Realm:</translation>
    </message>
    <message>
        <source>Server &amp;address rules:</source>
        <translation>&amp;Adressregeln des Servers:</translation>
    </message>
    <message>
        <source>The server&apos;s rules come before every resource&apos;s own; the first rule that matches decides, none matching allows.</source>
        <translation>Die Regeln des Servers gelten vor den eigenen Regeln jeder Ressource; die erste passende Regel entscheidet, passt keine, ist der Zugriff erlaubt.</translation>
    </message>
</context>
<context>
    <name>authlab::gui::SectionPane</name>
    <message>
        <source>Add user…</source>
        <translation>Benutzer hinzufügen…</translation>
    </message>
    <message>
        <source>Add resource…</source>
        <translation>Ressource hinzufügen…</translation>
    </message>
    <message>
        <source>Add (Insert)</source>
        <translation>Hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected row (Enter or a double-click)</source>
        <translation>Die ausgewählte Zeile bearbeiten (Enter oder Doppelklick)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete); Edit ▸ Undo brings it back</source>
        <translation>Die ausgewählte Zeile entfernen (Entf); Bearbeiten ▸ Rückgängig holt sie zurück</translation>
    </message>
    <message>
        <source>Add user %1</source>
        <translation>Benutzer %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add resource %1</source>
        <translation>Ressource %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation>Benutzer %1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit resource %1</source>
        <translation>Ressource %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove user %1</source>
        <translation>Benutzer %1 entfernen</translation>
    </message>
    <message>
        <source>Remove resource %1</source>
        <translation>Ressource %1 entfernen</translation>
    </message>
</context>
<context>
    <name>authlab::gui::SequenceDiagram</name>
    <message>
        <source>Sequence diagram</source>
        <translation>Sequenzdiagramm</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>(no proxy credentials)</source>
        <translation>(keine Proxy-Zugangsdaten)</translation>
    </message>
    <message>
        <source>(no credentials)</source>
        <translation>(keine Zugangsdaten)</translation>
    </message>
    <message>
        <source>No exchange yet: send a request.</source>
        <translation>Noch kein Austausch: Senden Sie eine Anfrage.</translation>
    </message>
    <message>
        <source>AuthLab sequence diagram</source>
        <translation>AuthLab-Sequenzdiagramm</translation>
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
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (veraltet)</translation>
    </message>
</context>
<context>
    <name>authlab::gui::StepView</name>
    <message>
        <source>The server&apos;s behaviour decides here; which behaviour it is, is the bug hunt&apos;s secret.</source>
        <translation>Hier entscheidet das Verhalten des Servers; welches es ist, bleibt das Geheimnis der Fehlersuche.</translation>
    </message>
    <message>
        <source>(secret)</source>
        <translation>(geheim)</translation>
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
    <name>authlab::gui::UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation>Benutzer %1 bearbeiten</translation>
    </message>
    <message>
        <source>The user-id: no colon (Basic splits user-id and password at the first one)</source>
        <translation>Die Benutzer-ID: kein Doppelpunkt (Basic trennt Benutzer-ID und Passwort am ersten)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Gruppen</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>Scopes (comma-separated)</source>
        <translation>Scopes (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Bearer tokens</source>
        <translation>Bearer-Tokens</translation>
    </message>
    <message>
        <source>&amp;Add token</source>
        <translation>Token &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move token</source>
        <translation>Token &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Tokens:</source>
        <translation>&amp;Tokens:</translation>
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
<context>
    <name>authlab::gui::WatchPane</name>
    <message>
        <source>Remove the selected watched request</source>
        <translation>Die ausgewählte beobachtete Anfrage entfernen</translation>
    </message>
</context>
<context>
    <name>authlab::lan::Texts</name>
    <message>
        <source>The mock server has fake users whose passwords and tokens are published in AuthLab&apos;s documentation, and it speaks plain HTTP: anyone on this network can reach it, log in with them and read what is sent. Expose it only on a network you trust, for a workshop, and turn it off afterwards.</source>
        <translation>Der Mock-Server hat erfundene Benutzer, deren Passwörter und Tokens in der Dokumentation von AuthLab veröffentlicht sind, und er spricht unverschlüsseltes HTTP: Jeder in diesem Netz kann ihn erreichen, sich damit anmelden und mitlesen, was gesendet wird. Geben Sie ihn nur in einem Netz frei, dem Sie vertrauen, für einen Workshop, und schalten Sie die Freigabe danach wieder aus.</translation>
    </message>
    <message>
        <source>No network address found (is this machine connected to a network?); only this machine can reach the server.</source>
        <translation>Keine Netzwerkadresse gefunden (ist dieser Rechner mit einem Netz verbunden?); nur dieser Rechner kann den Server erreichen.</translation>
    </message>
    <message>
        <source>Attendees can use:</source>
        <translation>Teilnehmende können verwenden:</translation>
    </message>
</context>
</TS>
