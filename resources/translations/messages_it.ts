<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>allergies</name>
    <message>
        <source>&apos;{allergy}&apos; matches no ingredient acudesk knows: check these products by hand.</source>
        <translation>«{allergy}» non corrisponde a nessun ingrediente noto ad acudesk: controlla questi prodotti a mano.</translation>
    </message>
</context>
<context>
    <name>appointment_ics</name>
    <message>
        <source>Practitioner: {name}</source>
        <translation>Operatore: {name}</translation>
    </message>
    <message>
        <source>Room: {name}</source>
        <translation>Stanza: {name}</translation>
    </message>
    <message>
        <source>This appointment was cancelled.</source>
        <translation>Questo appuntamento è stato annullato.</translation>
    </message>
    <message>
        <source>{service} at {clinic}</source>
        <translation>{service} presso {clinic}</translation>
    </message>
    <message>
        <source>{service} – {client}</source>
        <translation>{service} – {client}</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>An in-memory database cannot be backed up.</source>
        <translation>Non si può fare il backup di un database in memoria.</translation>
    </message>
    <message>
        <source>The backup could not be written: {problem}.</source>
        <extracomment>{problem} is the system&apos;s own reason, e.g. &quot;No space left on device&quot;.</extracomment>
        <translation>Non è stato possibile scrivere il backup: {problem}.</translation>
    </message>
    <message>
        <source>The backup was written but does not read back whole, so it was deleted: {problem} Check the database (File &gt; Restore from a backup) and the disk.</source>
        <extracomment>{problem} says what the check found wrong with the copy.</extracomment>
        <translation>Il backup è stato scritto ma non si rilegge integro, quindi è stato eliminato: {problem} Controlla il database (File &gt; Ripristina da un backup) e il disco.</translation>
    </message>
    <message>
        <source>The database is open in acudesk on another computer or in another window. Close it there, then restore again. Nothing was changed.</source>
        <translation>Il database è aperto in acudesk su un altro computer o in un&apos;altra finestra. Chiudilo lì, poi ripeti il ripristino. Non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>The restored copy does not hold what the backup holds (expected {expected}; found {found}). Nothing was changed.</source>
        <extracomment>{expected} and {found} list rows per table (&quot;12 clients, 3 intakes, ...&quot;).</extracomment>
        <translation>La copia ripristinata non contiene ciò che contiene il backup (attesi {expected}; trovati {found}). Non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>audit events</source>
        <translation>eventi del registro</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>clienti</translation>
    </message>
    <message>
        <source>handouts</source>
        <translation>schede consegnate</translation>
    </message>
    <message>
        <source>intakes</source>
        <translation>anamnesi</translation>
    </message>
    <message>
        <source>it has changed since it was made (its SHA-256 checksum differs).</source>
        <translation>è cambiato da quando è stato fatto (il suo codice SHA-256 non corrisponde).</translation>
    </message>
    <message>
        <source>it holds no acudesk database.</source>
        <translation>non contiene un database di acudesk.</translation>
    </message>
    <message>
        <source>it is damaged or is not an acudesk backup.</source>
        <translation>è danneggiato o non è un backup di acudesk.</translation>
    </message>
    <message>
        <source>it is not a pg_dump archive of acudesk.</source>
        <translation>non è un archivio pg_dump di acudesk.</translation>
    </message>
    <message>
        <source>it was made by a newer version of acudesk (schema {revision}; this version knows up to {head}). Install the newer version first.</source>
        <extracomment>{revision} and {head} are schema revisions such as 0007.</extracomment>
        <translation>è stato creato da una versione più recente di acudesk (schema {revision}; questa versione arriva fino a {head}). Installa prima la versione più recente.</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sedute</translation>
    </message>
    <message>
        <source>tables are missing: {tables}.</source>
        <extracomment>{tables} are database table names.</extracomment>
        <translation>mancano delle tabelle: {tables}.</translation>
    </message>
    <message>
        <source>the file is damaged ({problem}).</source>
        <extracomment>{problem} is SQLite&apos;s first complaint, e.g. &quot;Page 5 is never used&quot;.</extracomment>
        <translation>il file è danneggiato ({problem}).</translation>
    </message>
    <message>
        <source>there is no such file.</source>
        <translation>il file non esiste.</translation>
    </message>
    <message>
        <source>users</source>
        <translation>utenti</translation>
    </message>
    <message>
        <source>{path} cannot be restored: {reason}</source>
        <extracomment>{path} is the file chosen; {reason} says what is wrong with it.</extracomment>
        <translation>{path} non può essere ripristinato: {reason}</translation>
    </message>
    <message>
        <source>{path} is a backup of another kind of database (a local file and a server are backed up differently): choose a backup of this database.</source>
        <translation>{path} è il backup di un altro tipo di database (un file locale e un server hanno backup diversi): scegli un backup di questo database.</translation>
    </message>
    <message>
        <source>{path} is the database itself: a backup cannot be written over it. Choose another file or a folder.</source>
        <extracomment>{path} is the database file itself.</extracomment>
        <translation>{path} è il database stesso: un backup non può sovrascriverlo. Scegli un altro file o una cartella.</translation>
    </message>
    <message>
        <source>{tool} failed: {problem}</source>
        <extracomment>{tool} is pg_dump or pg_restore; {problem} is its own message.</extracomment>
        <translation>{tool} non è riuscito: {problem}</translation>
    </message>
    <message>
        <source>{tool} is not installed on this computer, so the server database cannot be backed up or restored from here. Do it on the server, or install the PostgreSQL client tools.</source>
        <extracomment>{tool} is pg_dump or pg_restore, PostgreSQL&apos;s own programs.</extracomment>
        <translation>{tool} non è installato su questo computer, quindi il database del server non può essere salvato né ripristinato da qui. Fallo sul server, oppure installa gli strumenti client di PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>book</name>
    <message numerus="yes">
        <source>%n session(s) of the course clash with the book.</source>
        <translation>
            <numerusform>%n seduta del ciclo si sovrappone all&apos;agenda.</numerusform>
            <numerusform>%n sedute del ciclo si sovrappongono all&apos;agenda.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already used (as &apos;{other}&apos;).</source>
        <translation>&apos;{name}&apos; è già usato (come &apos;{other}&apos;).</translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not a time zone acudesk knows (e.g. Europe/London).</source>
        <translation>«{zone}» non è un fuso orario noto ad acudesk (per esempio Europe/Rome).</translation>
    </message>
    <message>
        <source>...and {count} more problems.</source>
        <translation>...e altri {count} problemi.</translation>
    </message>
    <message>
        <source>A buffer is from 0 to {most} minutes.</source>
        <translation>Un intervallo di preparazione va da 0 a {most} minuti.</translation>
    </message>
    <message>
        <source>A cancelled or completed appointment stays where it was.</source>
        <translation>Un appuntamento annullato o completato resta dov&apos;era.</translation>
    </message>
    <message>
        <source>A client is a no-show only once the appointment has started.</source>
        <translation>Un cliente è «non presentato» solo dopo l&apos;inizio dell&apos;appuntamento.</translation>
    </message>
    <message>
        <source>A colour is written #RRGGBB, e.g. #7AA6C2.</source>
        <translation>Un colore si scrive #RRGGBB, per esempio #7AA6C2.</translation>
    </message>
    <message>
        <source>A course can have at most {most} sessions.</source>
        <translation>Un ciclo può avere al massimo {most} sedute.</translation>
    </message>
    <message>
        <source>A course needs an end: add COUNT=10 or UNTIL=a date to the rule.</source>
        <translation>Un ciclo deve avere una fine: aggiungi COUNT=10 oppure UNTIL=una data alla regola.</translation>
    </message>
    <message>
        <source>A kind is at most {limit} characters of text.</source>
        <translation>Un tipo è al massimo {limit} caratteri di testo.</translation>
    </message>
    <message>
        <source>A name is at most {limit} characters of text.</source>
        <translation>Un nome è di al massimo {limit} caratteri di testo.</translation>
    </message>
    <message>
        <source>A reason is at most 200 characters.</source>
        <translation>Un motivo è di al massimo 200 caratteri.</translation>
    </message>
    <message>
        <source>A service lasts from 5 minutes to {most} hours.</source>
        <translation>Un servizio dura da 5 minuti a {most} ore.</translation>
    </message>
    <message>
        <source>An appointment that is {current} cannot be marked {wanted}.</source>
        <translation>Un appuntamento in stato «{current}» non può passare a «{wanted}».</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivato</translation>
    </message>
    <message>
        <source>Ask for 1 to {most} free times.</source>
        <translation>Chiedi da 1 a {most} orari liberi.</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Prenotato</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Cancelled late</source>
        <translation>Annullato tardi</translation>
    </message>
    <message>
        <source>Choose a location.</source>
        <translation>Scegli una sede.</translation>
    </message>
    <message>
        <source>Choose a practitioner or a location.</source>
        <translation>Scegli un operatore o una sede.</translation>
    </message>
    <message>
        <source>Choose a practitioner.</source>
        <translation>Scegli un operatore.</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>Scegli un servizio.</translation>
    </message>
    <message>
        <source>Choose a start time.</source>
        <translation>Scegli un orario di inizio.</translation>
    </message>
    <message>
        <source>Choose at least one session.</source>
        <translation>Scegli almeno una seduta.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confermato</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Inserisci un nome.</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>venerdì</translation>
    </message>
    <message>
        <source>Give the service a name.</source>
        <translation>Dai un nome al servizio.</translation>
    </message>
    <message>
        <source>In treatment</source>
        <translation>In trattamento</translation>
    </message>
    <message>
        <source>Late cancellation is between 0 and {most} hours before.</source>
        <translation>L&apos;annullamento tardivo va da 0 a {most} ore prima.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunedì</translation>
    </message>
    <message>
        <source>No device is of the kind &apos;{kind}&apos;: add one on the Devices tab first.</source>
        <translation>Nessun apparecchio è del tipo &apos;{kind}&apos;: aggiungine prima uno nella scheda Apparecchi.</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Non presentato</translation>
    </message>
    <message>
        <source>Notes are at most {limit} characters.</source>
        <translation>Le note sono di al massimo {limit} caratteri.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was moved: %n session(s) of the course would clash.</source>
        <translation>
            <numerusform>Nulla è stato spostato: %n seduta del ciclo si sovrapporrebbe.</numerusform>
            <numerusform>Nulla è stato spostato: %n sedute del ciclo si sovrapporrebbero.</numerusform>
        </translation>
    </message>
    <message>
        <source>On {day} a break ends before it starts.</source>
        <translation>{day}: una pausa finisce prima di iniziare.</translation>
    </message>
    <message>
        <source>On {day} a break lies outside the hours.</source>
        <translation>{day}: una pausa cade fuori dall&apos;orario.</translation>
    </message>
    <message>
        <source>On {day} a stretch of hours ends before it starts.</source>
        <translation>Di {day} una fascia oraria finisce prima di cominciare.</translation>
    </message>
    <message>
        <source>On {day} the closing time is before the opening.</source>
        <translation>{day}: la chiusura è prima dell&apos;apertura.</translation>
    </message>
    <message>
        <source>On {day} two breaks overlap.</source>
        <translation>{day}: due pause si sovrappongono.</translation>
    </message>
    <message>
        <source>On {day} two stretches of hours overlap.</source>
        <translation>Di {day} due fasce orarie si sovrappongono.</translation>
    </message>
    <message>
        <source>On {day} write each break as 13:00-14:00, separated by commas.</source>
        <translation>{day}: scrivi ogni pausa come 13:00-14:00, separate da virgole.</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sabato</translation>
    </message>
    <message>
        <source>Say how the course repeats, e.g. FREQ=WEEKLY;COUNT=10.</source>
        <translation>Indica come si ripete il ciclo, per esempio FREQ=WEEKLY;COUNT=10.</translation>
    </message>
    <message>
        <source>Say what kind of device it is.</source>
        <translation>Indica di che tipo di apparecchio si tratta.</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domenica</translation>
    </message>
    <message>
        <source>That device is not in use at this location.</source>
        <translation>Quell&apos;apparecchio non è in uso in questa sede.</translation>
    </message>
    <message>
        <source>That is not a repeat rule acudesk can read ({problem}).</source>
        <translation>Questa non è una regola di ripetizione che acudesk sa leggere ({problem}).</translation>
    </message>
    <message>
        <source>That is not a repeat rule acudesk can read.</source>
        <translation>Questa non è una regola di ripetizione che acudesk sa leggere.</translation>
    </message>
    <message>
        <source>That room is not in use at this location.</source>
        <translation>Quella stanza non è in uso in questa sede.</translation>
    </message>
    <message>
        <source>That rule gives no dates.</source>
        <translation>Questa regola non dà nessuna data.</translation>
    </message>
    <message>
        <source>The clinic has no {kind} here, which this service needs.</source>
        <translation>Qui lo studio non ha {kind}, che serve a questo servizio.</translation>
    </message>
    <message>
        <source>The clinic is closed then.</source>
        <translation>A quell&apos;ora lo studio è chiuso.</translation>
    </message>
    <message>
        <source>The device is in use then.</source>
        <translation>A quell&apos;ora l&apos;apparecchio è in uso.</translation>
    </message>
    <message>
        <source>The file is larger than {size} kB: not a set-up file.</source>
        <translation>Il file supera i {size} kB: non è un file di configurazione.</translation>
    </message>
    <message>
        <source>The file must hold one JSON object (in braces).</source>
        <translation>Il file deve contenere un solo oggetto JSON (tra parentesi graffe).</translation>
    </message>
    <message>
        <source>The notes hold a character that is not text.</source>
        <translation>Le note contengono un carattere che non è testo.</translation>
    </message>
    <message>
        <source>The practitioner is not working then.</source>
        <translation>A quell&apos;ora l&apos;operatore non lavora.</translation>
    </message>
    <message>
        <source>The practitioner is with another client then.</source>
        <translation>A quell&apos;ora l&apos;operatore è con un altro cliente.</translation>
    </message>
    <message>
        <source>The processing time must lie inside the service&apos;s {minutes} minutes.</source>
        <translation>Il tempo di posa deve stare dentro i {minutes} minuti del servizio.</translation>
    </message>
    <message>
        <source>The room is not available then.</source>
        <translation>A quell&apos;ora la stanza non è disponibile.</translation>
    </message>
    <message>
        <source>The room is taken then.</source>
        <translation>A quell&apos;ora la stanza è occupata.</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>giovedì</translation>
    </message>
    <message>
        <source>Time off must end after it starts.</source>
        <translation>Un&apos;assenza deve finire dopo il suo inizio.</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martedì</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercoledì</translation>
    </message>
    <message>
        <source>format: this is not a set-up file (expected &quot;{format}&quot;).</source>
        <translation>format: questo non è un file di configurazione (atteso &quot;{format}&quot;).</translation>
    </message>
    <message>
        <source>must be a whole number of minutes.</source>
        <translation>deve essere un numero intero di minuti.</translation>
    </message>
    <message>
        <source>must be text in quotes.</source>
        <translation>deve essere un testo tra virgolette.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>deve essere true o false.</translation>
    </message>
    <message>
        <source>unknown field (the fields are {fields}).</source>
        <translation>campo sconosciuto (i campi sono {fields}).</translation>
    </message>
    <message>
        <source>{entry}: device_kind: no device is of the kind &apos;{kind}&apos;.</source>
        <translation>{entry}: device_kind: nessun apparecchio è del tipo &apos;{kind}&apos;.</translation>
    </message>
    <message>
        <source>{entry}: location: no location is called &apos;{name}&apos;.</source>
        <translation>{entry}: location: nessuna sede si chiama &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>{entry}: must be an object (in braces).</source>
        <translation>{entry}: deve essere un oggetto (tra parentesi graffe).</translation>
    </message>
    <message>
        <source>{entry}: name: the same name as {other}.</source>
        <translation>{entry}: name: lo stesso nome di {other}.</translation>
    </message>
    <message>
        <source>{field}: more than {most} entries.</source>
        <translation>{field}: più di {most} voci.</translation>
    </message>
    <message>
        <source>{field}: must be a list (in square brackets).</source>
        <translation>{field}: deve essere un elenco (tra parentesi quadre).</translation>
    </message>
    <message>
        <source>{field}: unknown part of the file.</source>
        <translation>{field}: parte del file sconosciuta.</translation>
    </message>
</context>
<context>
    <name>book_listing</name>
    <message>
        <source>Ask for at most {days} days at once.</source>
        <translation>Chiedi al massimo {days} giorni alla volta.</translation>
    </message>
    <message>
        <source>Did you mean «{name}»?</source>
        <translation>Forse intendevi «{name}»?</translation>
    </message>
    <message>
        <source>Known: {names}.</source>
        <translation>Noti: {names}.</translation>
    </message>
    <message>
        <source>More than one {kind} is called «{name}».</source>
        <translation>Il nome «{name}» appare più volte ({kind}).</translation>
    </message>
    <message>
        <source>No {kind} is called «{name}».</source>
        <translation>«{name}» non corrisponde a nessun nome ({kind}).</translation>
    </message>
    <message>
        <source>Say which location: this book has several ({names}).</source>
        <translation>Indica la sede: l&apos;agenda ne ha più d&apos;una ({names}).</translation>
    </message>
    <message>
        <source>The book has no location yet.</source>
        <translation>L&apos;agenda non ha ancora nessuna sede.</translation>
    </message>
    <message>
        <source>The book has no {kind} yet.</source>
        <translation>L&apos;agenda non ha ancora voci di questo tipo ({kind}).</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>L&apos;ultimo giorno viene prima del primo.</translation>
    </message>
    <message>
        <source>location</source>
        <translation>sede</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation>operatore</translation>
    </message>
    <message>
        <source>room</source>
        <translation>stanza</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servizio</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <source>A note on the chart is {most} characters at most.</source>
        <translation>Una nota sulla mappa può avere al massimo {most} caratteri.</translation>
    </message>
    <message>
        <source>A placement needs a diagram.</source>
        <translation>Ogni elemento della mappa deve stare su un diagramma.</translation>
    </message>
    <message>
        <source>Bleeding</source>
        <translation>Sanguinamento</translation>
    </message>
    <message>
        <source>Bruise</source>
        <translation>Livido</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Segno</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Ago</translation>
    </message>
    <message>
        <source>Needles at one spot: 1 to {most}.</source>
        <translation>Aghi nello stesso punto: da 1 a {most}.</translation>
    </message>
    <message>
        <source>Only needles can be paired for electro-stimulation.</source>
        <translation>Solo gli aghi si possono collegare in coppia per l&apos;elettrostimolazione.</translation>
    </message>
    <message>
        <source>Redness</source>
        <translation>Rossore</translation>
    </message>
</context>
<context>
    <name>client import</name>
    <message>
        <source>(blank)</source>
        <translation>(vuota)</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importazione annullata: non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>Riga {line}</translation>
    </message>
    <message>
        <source>Line {line} ({client})</source>
        <translation>Riga {line} ({client})</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {problem}.</source>
        <extracomment>{problem} is the system&apos;s own reason, e.g. &quot;Permission denied&quot;.</extracomment>
        <translation>Non è possibile leggere il file {path}: {problem}.</translation>
    </message>
    <message>
        <source>acudesk cannot find a name column in this file. Its columns are: {columns}. Choose which column holds the names.</source>
        <translation>acudesk non trova una colonna con i nomi in questo file. Le sue colonne sono: {columns}. Scegli quale colonna contiene i nomi.</translation>
    </message>
    <message>
        <source>already registered as {name} (client {id})</source>
        <extracomment>{name} and {id} are the client already on record.</extracomment>
        <translation>già registrato come {name} (cliente {id})</translation>
    </message>
    <message>
        <source>the same client as line {line}</source>
        <translation>lo stesso cliente della riga {line}</translation>
    </message>
    <message>
        <source>{where}, {field}: {message}</source>
        <extracomment>One problem of an imported file: {where} is &quot;Line 3 (Bea Bianchi)&quot;, {field} a field&apos;s name (&quot;date of birth&quot;), {message} a whole sentence.</extracomment>
        <translation>{where}, {field}: {message}</translation>
    </message>
    <message>
        <source>{where}: left out, {match}.</source>
        <extracomment>{where} is &quot;Line 5 (Anna Rossi)&quot;; {match} what the row repeats.</extracomment>
        <translation>{where}: esclusa, {match}.</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
</context>
<context>
    <name>clients</name>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation>Inserisci il nome del cliente.</translation>
    </message>
    <message>
        <source>Handouts are available in: {languages}.</source>
        <translation>Le indicazioni post-trattamento sono disponibili in: {languages}.</translation>
    </message>
    <message>
        <source>That email address is not valid: {reason}</source>
        <translation>Questo indirizzo email non è valido: {reason}</translation>
    </message>
    <message>
        <source>That is not a phone number. Include the country code (+39 ...) for a number from another country.</source>
        <translation>Questo non è un numero di telefono. Per un numero di un altro paese aggiungi il prefisso internazionale (+39 ...).</translation>
    </message>
    <message>
        <source>That phone number does not exist for its country: check the digits (and the +country code for a number from abroad).</source>
        <translation>Questo numero di telefono non esiste nel suo paese: controlla le cifre (e il prefisso internazionale, per un numero estero).</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>La data di nascita è nel futuro.</translation>
    </message>
    <message>
        <source>The date of birth is more than {years} years ago.</source>
        <translation>La data di nascita risale a più di {years} anni fa.</translation>
    </message>
    <message>
        <source>The email address is too long.</source>
        <translation>L&apos;indirizzo email è troppo lungo.</translation>
    </message>
    <message>
        <source>The first name has digits in it: check it.</source>
        <translation>Il nome contiene delle cifre: controllalo.</translation>
    </message>
    <message>
        <source>The first name is too long ({limit} characters at most).</source>
        <translation>Il nome è troppo lungo (massimo {limit} caratteri).</translation>
    </message>
    <message>
        <source>The last name has digits in it: check it.</source>
        <translation>Il cognome contiene delle cifre: controllalo.</translation>
    </message>
    <message>
        <source>The last name is too long ({limit} characters at most).</source>
        <translation>Il cognome è troppo lungo (massimo {limit} caratteri).</translation>
    </message>
    <message>
        <source>The phone number is too long.</source>
        <translation>Il numero di telefono è troppo lungo.</translation>
    </message>
    <message>
        <source>The preferred name has digits in it: check it.</source>
        <translation>Il nome preferito contiene delle cifre: controllalo.</translation>
    </message>
    <message>
        <source>The preferred name is too long ({limit} characters at most).</source>
        <translation>Il nome preferito è troppo lungo (massimo {limit} caratteri).</translation>
    </message>
    <message>
        <source>This is too long ({limit} characters at most).</source>
        <extracomment>Shown next to a field whose text is longer than the field holds.</extracomment>
        <translation>È troppo lungo (al massimo {limit} caratteri).</translation>
    </message>
    <message>
        <source>This looks like a client already registered: {names}. Open the existing record, or save as a new client if it is someone else.</source>
        <translation>Sembra un cliente già registrato: {names}. Apri la scheda esistente, oppure salva come nuovo cliente se è un&apos;altra persona.</translation>
    </message>
    <message>
        <source>This name is too long for the client list once its letters are spelled out for search (ß as ss, for example): shorten it.</source>
        <translation>Questo nome è troppo lungo per l&apos;elenco dei clienti una volta scritte per esteso le sue lettere per la ricerca (ß come ss, per esempio): accorcialo.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>indirizzo</translation>
    </message>
    <message>
        <source>archive status</source>
        <translation>stato di archiviazione</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>data di nascita</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>emergency contact</source>
        <translation>contatto di emergenza</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>genere</translation>
    </message>
    <message>
        <source>handout language</source>
        <translation>lingua delle indicazioni</translation>
    </message>
    <message>
        <source>how they heard of us</source>
        <translation>come ci ha conosciuti</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>cognome</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>note</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefono</translation>
    </message>
    <message>
        <source>physician</source>
        <translation>medico curante</translation>
    </message>
    <message>
        <source>preferred name</source>
        <translation>nome preferito</translation>
    </message>
    <message>
        <source>reminder consent</source>
        <translation>consenso ai promemoria</translation>
    </message>
</context>
<context>
    <name>clinic</name>
    <message>
        <source>Enter the clinic&apos;s name: it is printed on every handout.</source>
        <translation>Inserisci il nome del centro: viene stampato su ogni scheda post-trattamento.</translation>
    </message>
    <message>
        <source>The address is too long ({limit} characters at most).</source>
        <translation>L&apos;indirizzo è troppo lungo (massimo {limit} caratteri).</translation>
    </message>
    <message>
        <source>The clinic name is too long ({limit} characters at most).</source>
        <translation>Il nome del centro è troppo lungo (massimo {limit} caratteri).</translation>
    </message>
    <message>
        <source>The phone number is too long.</source>
        <translation>Il numero di telefono è troppo lungo.</translation>
    </message>
    <message>
        <source>The phone number needs digits.</source>
        <translation>Il numero di telefono deve contenere delle cifre.</translation>
    </message>
    <message>
        <source>This database already belongs to a clinic. Sign in instead.</source>
        <translation>Questo database appartiene già a un centro. Accedi invece di configurarlo.</translation>
    </message>
</context>
<context>
    <name>courses</name>
    <message>
        <source>A course is 1 to {most} sessions.</source>
        <translation>Un ciclo va da 1 a {most} sedute.</translation>
    </message>
    <message>
        <source>Course {number}: {done} of {length}</source>
        <translation>Ciclo {number}: {done} di {length}</translation>
    </message>
</context>
<context>
    <name>csv</name>
    <message>
        <source>Line {line}: a cell is longer than the {limit} characters a CSV cell may hold.</source>
        <translation>Riga {line}: una cella supera i {limit} caratteri che una cella CSV può contenere.</translation>
    </message>
    <message>
        <source>Line {line}: a cell is longer than {limit} characters.</source>
        <translation>Riga {line}: una cella supera i {limit} caratteri.</translation>
    </message>
    <message>
        <source>Line {line}: {problem}.</source>
        <extracomment>{problem} is Python&apos;s own description of the fault, in English.</extracomment>
        <translation>Riga {line}: {problem}.</translation>
    </message>
    <message>
        <source>The file has more than {rows} rows.</source>
        <translation>Il file ha più di {rows} righe.</translation>
    </message>
    <message>
        <source>The file has no column called “{column}”. Its columns are: {columns}.</source>
        <translation>Il file non ha una colonna chiamata «{column}». Le sue colonne sono: {columns}.</translation>
    </message>
    <message>
        <source>The file holds binary data (NUL bytes): it is not a CSV file.</source>
        <translation>Il file contiene dati binari (byte NUL): non è un file CSV.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row and then one row per client.</source>
        <translation>Il file è vuoto: servono una riga di intestazione e poi una riga per ogni cliente.</translation>
    </message>
    <message>
        <source>The row has {values} values but the header has {columns} columns (a missing quote or an extra separator?).</source>
        <translation>La riga ha {values} valori ma l&apos;intestazione ha {columns} colonne (manca una virgoletta o c&apos;è un separatore in più?).</translation>
    </message>
    <message>
        <source>“{field}” is not a client field. Use one of: {fields}.</source>
        <translation>«{field}» non è un campo del cliente. Usa uno di questi: {fields}.</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>&apos;{text}&apos; is not a date: use day/month/year.</source>
        <translation>&apos;{text}&apos; non è una data: usa giorno/mese/anno.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a real date.</source>
        <translation>&apos;{text}&apos; non è una data esistente.</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>Inserisci una data.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>gen</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>lug</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>giu</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mag</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>ott</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>set</translation>
    </message>
    <message>
        <source>That is not a date.</source>
        <translation>Questa non è una data.</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Booked</source>
        <translation>Prenotati</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullati</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Confidential health record</source>
        <translation>Documento sanitario riservato</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation>Foglio del giorno</translation>
    </message>
    <message>
        <source>Day sheet: {location}</source>
        <translation>Foglio del giorno: {location}</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primo</translation>
    </message>
    <message>
        <source>Last ends</source>
        <translation>Fine ultimo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Nothing booked.</source>
        <translation>Nessuna prenotazione.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} di {pages}</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Printed {when}</source>
        <translation>Stampato il {when}</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Stanza</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Week sheet</source>
        <translation>Foglio della settimana</translation>
    </message>
    <message>
        <source>Week sheet: {location}</source>
        <translation>Foglio della settimana: {location}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source> ({fields} changed)</source>
        <extracomment>Goes after the time: &quot; (phone, notes changed)&quot;; {fields} are the field names.</extracomment>
        <translation> (modificati: {fields})</translation>
    </message>
    <message>
        <source> at {time}</source>
        <extracomment>Goes after &quot;on another computer&quot;: &quot; at 10:42&quot;.</extracomment>
        <translation> alle {time}</translation>
    </message>
    <message>
        <source> on {date} at {time}</source>
        <extracomment>Goes after &quot;on another computer&quot;: &quot; on 23 Nov 2026 at 10:42&quot;.</extracomment>
        <translation> il {date} alle {time}</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Qualcuno</translation>
    </message>
    <message>
        <source>That appointment no longer exists.</source>
        <translation>Quell&apos;appuntamento non esiste più.</translation>
    </message>
    <message>
        <source>That client no longer exists.</source>
        <translation>Questo cliente non esiste più.</translation>
    </message>
    <message>
        <source>That device no longer exists.</source>
        <translation>Quell&apos;apparecchio non esiste più.</translation>
    </message>
    <message>
        <source>That location no longer exists.</source>
        <translation>Quella sede non esiste più.</translation>
    </message>
    <message>
        <source>That product no longer exists.</source>
        <translation>Questo prodotto non esiste più.</translation>
    </message>
    <message>
        <source>That protocol no longer exists.</source>
        <translation>Questo protocollo non esiste più.</translation>
    </message>
    <message>
        <source>That record no longer exists.</source>
        <translation>Questo record non esiste più.</translation>
    </message>
    <message>
        <source>That room no longer exists.</source>
        <translation>Quella stanza non esiste più.</translation>
    </message>
    <message>
        <source>That service no longer exists.</source>
        <translation>Quel servizio non esiste più.</translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation>Questa seduta non esiste più.</translation>
    </message>
    <message>
        <source>That time off no longer exists.</source>
        <translation>Quell&apos;assenza non esiste più.</translation>
    </message>
    <message>
        <source>That user no longer exists.</source>
        <translation>Questo utente non esiste più.</translation>
    </message>
    <message>
        <source>That waitlist entry no longer exists.</source>
        <translation>Quella voce della lista d&apos;attesa non esiste più.</translation>
    </message>
    <message>
        <source>The protocol &apos;{name}&apos; no longer exists.</source>
        <translation>Il protocollo &apos;{name}&apos; non esiste più.</translation>
    </message>
    <message>
        <source>This database has no clinic yet.</source>
        <translation>Questo database non ha ancora un centro.</translation>
    </message>
    <message>
        <source>Those working hours no longer exist.</source>
        <translation>Quell&apos;orario di lavoro non esiste più.</translation>
    </message>
    <message>
        <source>the protocol &apos;{name}&apos;</source>
        <extracomment>{name} is the protocol&apos;s name, as typed.</extracomment>
        <translation>il protocollo &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>these settings</source>
        <translation>queste impostazioni</translation>
    </message>
    <message>
        <source>these working hours</source>
        <translation>questo orario di lavoro</translation>
    </message>
    <message>
        <source>this appointment</source>
        <translation>questo appuntamento</translation>
    </message>
    <message>
        <source>this client</source>
        <translation>questo cliente</translation>
    </message>
    <message>
        <source>this clinic</source>
        <translation>questo centro</translation>
    </message>
    <message>
        <source>this clinic&apos;s details</source>
        <translation>i dati del centro</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>questo apparecchio</translation>
    </message>
    <message>
        <source>this location</source>
        <translation>questa sede</translation>
    </message>
    <message>
        <source>this product</source>
        <translation>questo prodotto</translation>
    </message>
    <message>
        <source>this protocol</source>
        <translation>questo protocollo</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>questo record</translation>
    </message>
    <message>
        <source>this room</source>
        <translation>questa stanza</translation>
    </message>
    <message>
        <source>this service</source>
        <translation>questo servizio</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>questa seduta</translation>
    </message>
    <message>
        <source>this time off</source>
        <translation>questa assenza</translation>
    </message>
    <message>
        <source>this user account</source>
        <translation>questo account utente</translation>
    </message>
    <message>
        <source>this waitlist entry</source>
        <translation>questa voce della lista d&apos;attesa</translation>
    </message>
    <message>
        <source>{subject} was saved on another computer at the same moment. Your changes are not saved yet and are still here: reload to see theirs, then try again.</source>
        <extracomment>{subject} is e.g. &quot;this client&quot;; the sentence&apos;s first letter is made a capital.</extracomment>
        <translation>Un altro computer ha salvato {subject} nello stesso momento. Le tue modifiche non sono ancora salvate e sono ancora qui: ricarica per vedere le sue, poi riprova.</translation>
    </message>
    <message>
        <source>{who} saved {subject} on another computer{when}{changed} while you had it open. Your changes are not saved yet and are still here: reload to see theirs, then apply yours again.</source>
        <extracomment>{who} is a person&apos;s name, or &quot;Someone&quot;; {subject} is e.g. &quot;this client&quot;.</extracomment>
        <translation>{who} ha salvato {subject} su un altro computer{when}{changed} mentre ci stavi lavorando. Le tue modifiche non sono ancora salvate e sono ancora qui: ricarica per vedere le sue, poi applica di nuovo le tue.</translation>
    </message>
</context>
<context>
    <name>handouts</name>
    <message>
        <source>Add at least one row: the sheet prints every section.</source>
        <translation>Aggiungi almeno una riga: la scheda riporta ogni sezione.</translation>
    </message>
    <message>
        <source>Row {row} has no advice: type it, or remove the row.</source>
        <translation>La riga {row} non contiene un consiglio: scrivilo, oppure elimina la riga.</translation>
    </message>
    <message>
        <source>Row {row} is too long ({limit} characters at most).</source>
        <translation>La riga {row} è troppo lunga (massimo {limit} caratteri).</translation>
    </message>
    <message>
        <source>Say when to call the clinic: this text cannot be empty.</source>
        <translation>Indica quando chiamare il centro: questo testo non può restare vuoto.</translation>
    </message>
    <message>
        <source>Shorten this text ({limit} characters at most).</source>
        <translation>Accorcia questo testo (massimo {limit} caratteri).</translation>
    </message>
    <message>
        <source>That handout is not on record.</source>
        <translation>Questa scheda post-trattamento non risulta registrata.</translation>
    </message>
    <message>
        <source>The chart of this session cannot be read: {problem}</source>
        <extracomment>{problem} says what is malformed in the stored chart.</extracomment>
        <translation>Non è possibile leggere la mappa di questa seduta: {problem}</translation>
    </message>
    <message>
        <source>The stored copy of this handout does not match its fingerprint, so it is not printed. Restore a backup, or ask your administrator.</source>
        <translation>La copia conservata di questa scheda non corrisponde alla sua impronta, quindi non viene stampata. Ripristina un backup, oppure chiedi al tuo amministratore.</translation>
    </message>
    <message>
        <source>The timing in row {row} is too long ({limit} characters at most).</source>
        <translation>L&apos;indicazione di tempo nella riga {row} è troppo lunga (massimo {limit} caratteri).</translation>
    </message>
    <message>
        <source>This session is not completed yet: complete it first, then print the aftercare sheet.</source>
        <translation>Questa seduta non è ancora conclusa: concludila, poi stampa le indicazioni post-trattamento.</translation>
    </message>
</context>
<context>
    <name>inference</name>
    <message>
        <source>&apos;{typed}&apos; (read as {name}) suggests &apos;{condition}&apos;.</source>
        <translation>«{typed}» (letto come {name}) fa pensare a «{condition}».</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; was read as {name}.</source>
        <translation>«{typed}» è stato letto come {name}.</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Inferred from {medications} under Medications and {allergies} under Allergies.</source>
        <translation>Dedotto da {medications} in Farmaci e da {allergies} in Allergie.</translation>
    </message>
    <message>
        <source>Inferred from {sources} under {field}.</source>
        <extracomment>{sources} are the lines typed, quoted; {field} is Medications or Allergies.</extracomment>
        <translation>Dedotto da {sources} in {field}.</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Farmaci</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <extracomment>Joins the last two quoted lines: &quot;&apos;Warfarin&apos; and &apos;Aspirin&apos;&quot;.</extracomment>
        <translation>{items} e {last}</translation>
    </message>
    <message>
        <source>{name} suggests &apos;{condition}&apos;.</source>
        <translation>{name} fa pensare a «{condition}».</translation>
    </message>
</context>
<context>
    <name>intake</name>
    <message>
        <source>Acne / breakouts</source>
        <translation>Acne / brufoli</translation>
    </message>
    <message>
        <source>Acne scarring</source>
        <translation>Cicatrici da acne</translation>
    </message>
    <message>
        <source>Advanced: wrinkles at rest, visible discolouration (50s and over)</source>
        <translation>Avanzato: rughe anche a riposo, discromie visibili (dai 50 anni in su)</translation>
    </message>
    <message>
        <source>At most {count} lines of {limit} characters each.</source>
        <translation>Al massimo {count} righe di {limit} caratteri ciascuna.</translation>
    </message>
    <message>
        <source>Bleeding disorder (e.g. haemophilia)</source>
        <translation>Disturbo della coagulazione (es. emofilia)</translation>
    </message>
    <message>
        <source>Botulinum toxin (Botox)</source>
        <translation>Tossina botulinica (Botox)</translation>
    </message>
    <message>
        <source>Breastfeeding</source>
        <translation>Allattamento</translation>
    </message>
    <message>
        <source>Broken capillaries</source>
        <translation>Capillari dilatati</translation>
    </message>
    <message>
        <source>Brow or eyelid droop</source>
        <translation>Sopracciglia o palpebre cadenti</translation>
    </message>
    <message>
        <source>Brown; very rarely burns, tans very easily</source>
        <translation>Bruna; si scotta molto raramente, si abbronza con molta facilità</translation>
    </message>
    <message>
        <source>Cancer (current, or under treatment)</source>
        <translation>Tumore (in corso o in trattamento)</translation>
    </message>
    <message>
        <source>Cellulite</source>
        <translation>Cellulite</translation>
    </message>
    <message>
        <source>Chemical peel</source>
        <translation>Peeling chimico</translation>
    </message>
    <message>
        <source>Choose A4 or Letter paper.</source>
        <translation>Scegli il formato A4 o Letter.</translation>
    </message>
    <message>
        <source>Choose a skin type from the list.</source>
        <translation>Scegli un tipo di pelle dall&apos;elenco.</translation>
    </message>
    <message>
        <source>Choose controlled or not controlled.</source>
        <translation>Scegli se è sotto controllo oppure no.</translation>
    </message>
    <message>
        <source>Cold sore or shingles outbreak now</source>
        <translation>Herpes labiale o fuoco di Sant&apos;Antonio in corso</translation>
    </message>
    <message>
        <source>Combination</source>
        <translation>Mista</translation>
    </message>
    <message>
        <source>Crow&apos;s feet</source>
        <translation>Zampe di gallina</translation>
    </message>
    <message>
        <source>Dark brown to black; never burns</source>
        <translation>Da bruno scuro a nera; non si scotta mai</translation>
    </message>
    <message>
        <source>Dark circles</source>
        <translation>Occhiaie</translation>
    </message>
    <message>
        <source>Dermal filler</source>
        <translation>Filler dermico</translation>
    </message>
    <message>
        <source>Diabetes</source>
        <translation>Diabete</translation>
    </message>
    <message>
        <source>Double chin</source>
        <translation>Doppio mento</translation>
    </message>
    <message>
        <source>Dry</source>
        <translation>Secca</translation>
    </message>
    <message>
        <source>Dryness / dehydration</source>
        <translation>Secchezza / disidratazione</translation>
    </message>
    <message>
        <source>Dullness / rough texture</source>
        <translation>Colorito spento / pelle ruvida</translation>
    </message>
    <message>
        <source>Enlarged pores</source>
        <translation>Pori dilatati</translation>
    </message>
    <message>
        <source>Epilepsy</source>
        <translation>Epilessia</translation>
    </message>
    <message>
        <source>Face lift</source>
        <translation>Lifting del viso</translation>
    </message>
    <message>
        <source>Fair; usually burns, tans with difficulty</source>
        <translation>Chiara; di solito si scotta, si abbronza con difficoltà</translation>
    </message>
    <message>
        <source>Fear of needles or severe anxiety</source>
        <translation>Paura degli aghi o forte ansia</translation>
    </message>
    <message>
        <source>Fine lines and wrinkles</source>
        <translation>Linee sottili e rughe</translation>
    </message>
    <message>
        <source>Fitzpatrick type is I to VI.</source>
        <translation>Il fototipo di Fitzpatrick va da I a VI.</translation>
    </message>
    <message>
        <source>Forehead lines</source>
        <translation>Rughe della fronte</translation>
    </message>
    <message>
        <source>Frown lines (11s)</source>
        <translation>Rughe tra le sopracciglia (glabellari)</translation>
    </message>
    <message>
        <source>Glogau type is I to IV.</source>
        <translation>Il tipo di Glogau va da I a IV.</translation>
    </message>
    <message>
        <source>Heart condition</source>
        <translation>Malattia cardiaca</translation>
    </message>
    <message>
        <source>High blood pressure</source>
        <translation>Pressione alta</translation>
    </message>
    <message>
        <source>History of fainting</source>
        <translation>Svenimenti in passato</translation>
    </message>
    <message>
        <source>Jowls</source>
        <translation>Cedimento dell&apos;ovale del viso</translation>
    </message>
    <message>
        <source>Laser resurfacing</source>
        <translation>Resurfacing laser</translation>
    </message>
    <message>
        <source>Lines around the mouth</source>
        <translation>Rughe intorno alla bocca</translation>
    </message>
    <message>
        <source>Lymphoedema or lymph nodes removed (which limb)</source>
        <translation>Linfedema o linfonodi asportati (quale arto)</translation>
    </message>
    <message>
        <source>Marionette lines</source>
        <translation>Linee della marionetta</translation>
    </message>
    <message>
        <source>Medium; sometimes burns mildly, tans gradually</source>
        <translation>Media; a volte si scotta lievemente, si abbronza gradualmente</translation>
    </message>
    <message>
        <source>Metal (nickel) allergy</source>
        <translation>Allergia ai metalli (nichel)</translation>
    </message>
    <message>
        <source>Microdermabrasion</source>
        <translation>Microdermoabrasione</translation>
    </message>
    <message>
        <source>Microneedling</source>
        <translation>Microneedling</translation>
    </message>
    <message>
        <source>Mid-face volume loss</source>
        <translation>Perdita di volume al centro del viso</translation>
    </message>
    <message>
        <source>Mild: no wrinkles, early photo-ageing (20s to mid-30s)</source>
        <translation>Lieve: nessuna ruga, primi segni di fotoinvecchiamento (dai 20 ai 35 anni circa)</translation>
    </message>
    <message>
        <source>Moderate: wrinkles in motion (late 30s to 40s)</source>
        <translation>Moderato: rughe visibili in movimento (dai 35 ai 50 anni circa)</translation>
    </message>
    <message>
        <source>Nasolabial folds</source>
        <translation>Solchi naso-labiali</translation>
    </message>
    <message>
        <source>Neck lines</source>
        <translation>Rughe del collo</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Oiliness</source>
        <translation>Eccesso di sebo</translation>
    </message>
    <message>
        <source>Oily</source>
        <translation>Grassa</translation>
    </message>
    <message>
        <source>Olive or light brown; rarely burns, tans easily</source>
        <translation>Olivastra o bruno chiaro; si scotta raramente, si abbronza facilmente</translation>
    </message>
    <message>
        <source>Pacemaker, ICD or other implanted electrical device</source>
        <translation>Pacemaker, defibrillatore impiantabile (ICD) o altro dispositivo elettrico impiantato</translation>
    </message>
    <message>
        <source>Pigmentation (melasma, sun spots)</source>
        <translation>Macchie della pelle (melasma, macchie solari)</translation>
    </message>
    <message>
        <source>Pregnant or possibly pregnant</source>
        <translation>Gravidanza in corso o possibile</translation>
    </message>
    <message>
        <source>Redness / rosacea</source>
        <translation>Rossore / rosacea</translation>
    </message>
    <message>
        <source>Sagging / loss of firmness</source>
        <translation>Perdita di tono / rilassamento cutaneo</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensibile</translation>
    </message>
    <message>
        <source>Sensitivity / reactivity</source>
        <translation>Sensibilità / reattività</translation>
    </message>
    <message>
        <source>Severe or frequent migraine</source>
        <translation>Emicrania forte o frequente</translation>
    </message>
    <message>
        <source>Severe: wrinkles throughout, little normal skin (60s and over)</source>
        <translation>Grave: rughe diffuse, poca pelle integra (dai 60 anni in su)</translation>
    </message>
    <message>
        <source>Skin infection, wound or inflammation</source>
        <translation>Infezione, ferita o infiammazione della pelle</translation>
    </message>
    <message>
        <source>Someone saved another intake for this client while you were filling this one in. Yours is not saved yet and is still in the form: look at theirs, then save yours again.</source>
        <translation>Qualcuno ha salvato un&apos;altra anamnesi per questo cliente mentre stavi compilando questa. La tua non è ancora salvata ed è ancora nel modulo: guarda l&apos;altra, poi salva di nuovo la tua.</translation>
    </message>
    <message>
        <source>Takes blood thinners (anticoagulant / antiplatelet)</source>
        <translation>Assume fluidificanti del sangue (anticoagulanti / antiaggreganti)</translation>
    </message>
    <message>
        <source>Takes isotretinoin (Roaccutane), or stopped less than 6 months ago</source>
        <translation>Assume isotretinoina (Roaccutan), o l&apos;ha sospesa da meno di 6 mesi</translation>
    </message>
    <message>
        <source>Tendency to keloid or raised scars</source>
        <translation>Tendenza a cheloidi o cicatrici in rilievo</translation>
    </message>
    <message>
        <source>That intake no longer exists.</source>
        <translation>Questa anamnesi non esiste più.</translation>
    </message>
    <message>
        <source>The area is too long ({limit} characters at most).</source>
        <translation>La zona è troppo lunga (massimo {limit} caratteri).</translation>
    </message>
    <message>
        <source>The goals are too long ({limit} characters at most).</source>
        <translation>Gli obiettivi sono troppo lunghi (massimo {limit} caratteri).</translation>
    </message>
    <message>
        <source>The intake date is in the future.</source>
        <translation>La data dell&apos;anamnesi è nel futuro.</translation>
    </message>
    <message>
        <source>The procedure date is in the future.</source>
        <translation>La data del trattamento è nel futuro.</translation>
    </message>
    <message>
        <source>The signature date is in the future.</source>
        <translation>La data della firma è nel futuro.</translation>
    </message>
    <message>
        <source>The signature is not a picture acudesk can keep.</source>
        <translation>La firma non è un&apos;immagine che acudesk possa conservare.</translation>
    </message>
    <message>
        <source>The signature picture is too large.</source>
        <translation>L&apos;immagine della firma è troppo grande.</translation>
    </message>
    <message>
        <source>This note is too long ({limit} characters at most).</source>
        <translation>Questa nota è troppo lunga (massimo {limit} caratteri).</translation>
    </message>
    <message>
        <source>Thread lift</source>
        <translation>Lifting con fili</translation>
    </message>
    <message>
        <source>Under-eye bags / puffiness</source>
        <translation>Borse sotto gli occhi / gonfiore</translation>
    </message>
    <message>
        <source>Uneven tone</source>
        <translation>Incarnato non uniforme</translation>
    </message>
    <message>
        <source>Unknown concern: {ids}.</source>
        <translation>Inestetismo sconosciuto: {ids}.</translation>
    </message>
    <message>
        <source>Unknown condition: {ids}.</source>
        <translation>Patologia sconosciuta: {ids}.</translation>
    </message>
    <message>
        <source>Very pale; always burns, never tans</source>
        <translation>Molto chiara; si scotta sempre, non si abbronza mai</translation>
    </message>
    <message>
        <source>Water retention</source>
        <translation>Ritenzione idrica</translation>
    </message>
    <message>
        <source>Weakened immune system or immunosuppressant drugs</source>
        <translation>Difese immunitarie ridotte o farmaci immunosoppressori</translation>
    </message>
    <message>
        <source>{who} saved another intake for this client at {time} while you were filling this one in. Yours is not saved yet and is still in the form: look at theirs, then save yours again.</source>
        <extracomment>{who} is a person&apos;s name; {time} is when they saved it (&quot;10:42&quot;).</extracomment>
        <translation>{who} ha salvato un&apos;altra anamnesi per questo cliente alle {time} mentre stavi compilando questa. La tua non è ancora salvata ed è ancora nel modulo: guarda la sua, poi salva di nuovo la tua.</translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <source>An administrator changed your account&apos;s role to {role}. Sign in again.</source>
        <translation>Un amministratore ha cambiato il ruolo del tuo account in {role}. Accedi di nuovo.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator.</source>
        <translation>Questo account è stato disattivato. Rivolgiti a un amministratore.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not change the clinic&apos;s details. Ask an administrator if you need to.</source>
        <translation>Il tuo ruolo ({role}) non consente di modificare i dati del centro. Se ti serve, chiedi a un amministratore.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not change the product catalogue. Ask an administrator if you need to.</source>
        <translation>Il tuo ruolo ({role}) non consente di modificare il catalogo prodotti. Se ti serve, chiedi a un amministratore.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not chart treatment sessions. Ask an administrator if you need to.</source>
        <translation>Il tuo ruolo ({role}) non consente di registrare le sedute di trattamento. Se ti serve, chiedi a un amministratore.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not edit client details. Ask an administrator if you need to.</source>
        <translation>Il tuo ruolo ({role}) non consente di modificare i dati dei clienti. Se ti serve, chiedi a un amministratore.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not export or import whole records or client lists. Ask an administrator if you need to.</source>
        <translation>Il tuo ruolo ({role}) non può esportare o importare cartelle complete o elenchi di clienti. Se ti serve, chiedi a un amministratore.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not look at the product catalogue. Ask an administrator if you need to.</source>
        <translation>Il tuo ruolo ({role}) non può consultare il catalogo dei prodotti. Se ti serve, chiedi a un amministratore.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not look up clients. Ask an administrator if you need to.</source>
        <translation>Il tuo ruolo ({role}) non consente di cercare i clienti. Se ti serve, chiedi a un amministratore.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not make backups. Ask an administrator if you need to.</source>
        <translation>Il tuo ruolo ({role}) non consente di fare backup. Se ti serve, chiedi a un amministratore.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not manage user accounts. Ask an administrator if you need to.</source>
        <translation>Il tuo ruolo ({role}) non consente di gestire gli account utente. Se ti serve, chiedi a un amministratore.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not print aftercare handouts. Ask an administrator if you need to.</source>
        <translation>Il tuo ruolo ({role}) non può stampare le schede post-trattamento. Se ti serve, chiedi a un amministratore.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not read intake forms or their alerts. Ask an administrator if you need to.</source>
        <translation>Il tuo ruolo ({role}) non può leggere le schede anamnestiche né i loro avvisi. Se ti serve, chiedi a un amministratore.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not read session notes, charts or amendments. Ask an administrator if you need to.</source>
        <translation>Il tuo ruolo ({role}) non può leggere note delle sedute, schemi o correzioni. Se ti serve, chiedi a un amministratore.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not read the audit log. Ask an administrator if you need to.</source>
        <translation>Il tuo ruolo ({role}) non consente di leggere il registro delle attività. Se ti serve, chiedi a un amministratore.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not record intakes. Ask an administrator if you need to.</source>
        <translation>Il tuo ruolo ({role}) non consente di registrare le anamnesi. Se ti serve, chiedi a un amministratore.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not restore the database from a backup. Ask an administrator if you need to.</source>
        <translation>Il tuo ruolo ({role}) non può ripristinare il database da un backup. Se ti serve, chiedi a un amministratore.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not use the appointment book. Ask an administrator if you need to.</source>
        <translation>Il tuo ruolo ({role}) non può usare l&apos;agenda degli appuntamenti. Se ti serve, chiedi a un amministratore.</translation>
    </message>
</context>
<context>
    <name>points</name>
    <message>
        <source>These needles sit on points cautioned for this client and were not confirmed: {points}. Give the reason to treat them, or remove them.</source>
        <extracomment>{points} lists point codes with their side: &quot;ST3 (left), CV24&quot;.</extracomment>
        <translation>Questi aghi sono su punti sconsigliati per questo cliente e non sono stati confermati: {points}. Indica il motivo per trattarli, oppure toglili.</translation>
    </message>
    <message>
        <source>Traditionally avoided in pregnancy.</source>
        <translation>Tradizionalmente evitato in gravidanza.</translation>
    </message>
    <message>
        <source>in the orbit or on its rim</source>
        <translation>nell&apos;orbita o sul suo margine</translation>
    </message>
    <message>
        <source>left</source>
        <translation>sinistra</translation>
    </message>
    <message>
        <source>midline</source>
        <translation>linea mediana</translation>
    </message>
    <message>
        <source>near a vessel that bruises or bleeds easily</source>
        <translation>vicino a un vaso che fa facilmente livido o sanguina</translation>
    </message>
    <message>
        <source>over or beside a large artery</source>
        <translation>sopra o accanto a una grossa arteria</translation>
    </message>
    <message>
        <source>over the lung (shallow, oblique needling only)</source>
        <translation>sopra il polmone (solo inserzione superficiale e obliqua)</translation>
    </message>
    <message>
        <source>over the throat or airway</source>
        <translation>sopra la gola o le vie aeree</translation>
    </message>
    <message>
        <source>right</source>
        <translation>destra</translation>
    </message>
</context>
<context>
    <name>products</name>
    <message>
        <source>&apos;{ingredient}&apos; does not look like an ingredient name: use letters, digits and ordinary punctuation.</source>
        <translation>&apos;{ingredient}&apos; non sembra il nome di un ingrediente: usa lettere, cifre e la punteggiatura comune.</translation>
    </message>
    <message>
        <source>&apos;{ingredient}&apos; is listed twice (also as &apos;{other}&apos;).</source>
        <translation>&apos;{ingredient}&apos; compare due volte (anche come &apos;{other}&apos;).</translation>
    </message>
    <message>
        <source>&apos;{start}…&apos; is too long for one ingredient: put one per line.</source>
        <translation>&apos;{start}…&apos; è troppo lungo per un solo ingrediente: scrivine uno per riga.</translation>
    </message>
    <message>
        <source>CC cream with mineral filters</source>
        <translation>CC cream con filtri minerali</translation>
    </message>
    <message>
        <source>Choose a category from the list.</source>
        <translation>Scegli una categoria dall&apos;elenco.</translation>
    </message>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation>Inserisci il nome del prodotto.</translation>
    </message>
    <message>
        <source>Gentle cleanser</source>
        <translation>Detergente delicato</translation>
    </message>
    <message>
        <source>Lip balm</source>
        <translation>Balsamo labbra</translation>
    </message>
    <message>
        <source>List at least one ingredient (INCI names, one per line).</source>
        <translation>Elenca almeno un ingrediente (nomi INCI, uno per riga).</translation>
    </message>
    <message>
        <source>Mineral foundation</source>
        <translation>Fondotinta minerale</translation>
    </message>
    <message>
        <source>Mineral powder</source>
        <translation>Cipria minerale</translation>
    </message>
    <message>
        <source>Mineral sunscreen</source>
        <translation>Protezione solare minerale</translation>
    </message>
    <message>
        <source>Moisturiser</source>
        <translation>Crema idratante</translation>
    </message>
    <message>
        <source>Shades are for Fitzpatrick types I to VI.</source>
        <translation>Le tonalità sono per i fototipi di Fitzpatrick da I a VI.</translation>
    </message>
    <message>
        <source>Soothing serum</source>
        <translation>Siero lenitivo</translation>
    </message>
    <message>
        <source>That is more than {most} ingredients: check the list.</source>
        <translation>Sono più di {most} ingredienti: controlla l&apos;elenco.</translation>
    </message>
    <message>
        <source>The brand is too long ({limit} characters at most).</source>
        <translation>Il marchio è troppo lungo (massimo {limit} caratteri).</translation>
    </message>
    <message>
        <source>The ingredients include a chemical UV filter ({ingredients}): untick &apos;Mineral UV filters only&apos;, or check the list.</source>
        <extracomment>&apos;Mineral UV filters only&apos; is the tick box of the product editor.</extracomment>
        <translation>Tra gli ingredienti c&apos;è un filtro UV chimico ({ingredients}): togli la spunta a &apos;Solo filtri UV minerali&apos;, oppure controlla l&apos;elenco.</translation>
    </message>
    <message>
        <source>The ingredients include fragrance ({ingredients}): untick &apos;Fragrance-free&apos;, or check the list.</source>
        <extracomment>&apos;Fragrance-free&apos; is the tick box of the product editor.</extracomment>
        <translation>Tra gli ingredienti c&apos;è del profumo ({ingredients}): togli la spunta a &apos;Senza profumo&apos;, oppure controlla l&apos;elenco.</translation>
    </message>
    <message>
        <source>The lightest type ({lightest}) is darker than the deepest ({deepest}): swap them.</source>
        <translation>Il fototipo più chiaro ({lightest}) è più scuro di quello più intenso ({deepest}): scambiali.</translation>
    </message>
    <message>
        <source>The name is too long ({limit} characters at most).</source>
        <translation>Il nome è troppo lungo (massimo {limit} caratteri).</translation>
    </message>
    <message>
        <source>The notes are too long ({limit} characters at most).</source>
        <translation>Le note sono troppo lunghe (massimo {limit} caratteri).</translation>
    </message>
    <message>
        <source>This client has no intake yet: the picks do not take their skin or allergies into account. Record an intake first.</source>
        <translation>Questo cliente non ha ancora un&apos;anamnesi: i prodotti proposti non tengono conto della sua pelle né delle sue allergie. Registra prima un&apos;anamnesi.</translation>
    </message>
    <message>
        <source>Unknown concern: {ids}.</source>
        <translation>Inestetismo sconosciuto: {ids}.</translation>
    </message>
    <message>
        <source>Unknown skin type: {ids}.</source>
        <translation>Tipo di pelle sconosciuto: {ids}.</translation>
    </message>
    <message>
        <source>type {type}</source>
        <extracomment>A Fitzpatrick skin type, as a shade range names it: &quot;type III&quot;.</extracomment>
        <translation>fototipo {type}</translation>
    </message>
    <message>
        <source>types {low}–{high}</source>
        <extracomment>A range of Fitzpatrick skin types: &quot;types I–IV&quot;.</extracomment>
        <translation>fototipi {low}–{high}</translation>
    </message>
</context>
<context>
    <name>recommendations</name>
    <message>
        <source>Contains bismuth oxychloride, which can irritate sensitive skin.</source>
        <translation>Contiene ossicloruro di bismuto, che può irritare la pelle sensibile.</translation>
    </message>
    <message>
        <source>Contains fragrance ({ingredients}): not for sensitive skin.</source>
        <translation>Contiene profumo ({ingredients}): non adatto alla pelle sensibile.</translation>
    </message>
    <message>
        <source>Contains {ingredients}.</source>
        <translation>Contiene {ingredients}.</translation>
    </message>
    <message>
        <source>Has a chemical UV filter ({filters}): not for sensitive skin.</source>
        <translation>Ha un filtro UV chimico ({filters}): non adatto alla pelle sensibile.</translation>
    </message>
    <message>
        <source>No shade for Fitzpatrick type {type} (made for {shades}).</source>
        <extracomment>{shades} is &quot;types I–IV&quot; or &quot;type III&quot;.</extracomment>
        <translation>Nessuna tonalità per il fototipo {type} (pensato per {shades}).</translation>
    </message>
    <message>
        <source>Not marked &apos;mineral UV filters only&apos;: not for sensitive skin.</source>
        <translation>Non indicato come &apos;solo filtri UV minerali&apos;: non adatto alla pelle sensibile.</translation>
    </message>
    <message>
        <source>Not marked fragrance-free: not for sensitive skin.</source>
        <translation>Non indicato come senza profumo: non adatto alla pelle sensibile.</translation>
    </message>
    <message>
        <source>and</source>
        <extracomment>Joins the last two items of a list: &quot;redness and dryness&quot;.</extracomment>
        <translation>e</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>Not words: this catalogue&apos;s language code (&quot;it&quot; in Italian), for ingredient names.</extracomment>
        <translation>it</translation>
    </message>
    <message>
        <source>for every skin type</source>
        <translation>per ogni tipo di pelle</translation>
    </message>
    <message>
        <source>for {} skin</source>
        <extracomment>{} is a skin type in lower case: &quot;for dry skin&quot;.</extracomment>
        <translation>per pelle {}</translation>
    </message>
    <message>
        <source>fragrance-free {}</source>
        <extracomment>{} is a product category in lower case: &quot;fragrance-free mineral powder&quot;.</extracomment>
        <translation>{} senza profumo</translation>
    </message>
    <message>
        <source>free of bismuth oxychloride</source>
        <translation>senza ossicloruro di bismuto</translation>
    </message>
    <message>
        <source>free of {}</source>
        <extracomment>{} lists the allergies acudesk understood, when it did not understand them all.</extracomment>
        <translation>senza {}</translation>
    </message>
    <message>
        <source>helps with {}</source>
        <extracomment>{} lists the client&apos;s concerns the product helps with: &quot;helps with redness&quot;.</extracomment>
        <translation>utile in caso di {}</translation>
    </message>
    <message>
        <source>mineral sun filters only ({})</source>
        <extracomment>{} lists the mineral filters this product has: &quot;zinc oxide&quot;.</extracomment>
        <translation>solo filtri solari minerali ({})</translation>
    </message>
    <message>
        <source>none of the ingredients you react to</source>
        <extracomment>Addressed to the client, as on the aftercare sheet.</extracomment>
        <translation>nessuno degli ingredienti a cui reagisci</translation>
    </message>
    <message>
        <source>shades for type {}</source>
        <extracomment>{} is a Fitzpatrick type in Roman numerals: &quot;shades for type III&quot;.</extracomment>
        <translation>tonalità per il fototipo {}</translation>
    </message>
    <message>
        <source>shades for types {low}–{high}</source>
        <translation>tonalità per i fototipi {low}–{high}</translation>
    </message>
    <message>
        <source>{ingredient} (reported: {allergy})</source>
        <extracomment>Joins the last two items of a list: &quot;redness and dryness&quot;. {allergy} is the client&apos;s own words from the intake: &quot;Lanolin (reported: wool)&quot;.</extracomment>
        <translation>{ingredient} (segnalato: {allergy})</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>This file is not valid JSON: {error}.</source>
        <extracomment>{error} is the JSON reader&apos;s own explanation (English).</extracomment>
        <translation>Questo file non è JSON valido: {error}.</translation>
    </message>
    <message>
        <source>a name in it is not valid text.</source>
        <translation>un nome al suo interno non è testo valido.</translation>
    </message>
    <message>
        <source>contains a NUL character, which is not text.</source>
        <translation>contiene un carattere NUL, che non è testo.</translation>
    </message>
    <message>
        <source>contains a character that is not valid text.</source>
        <translation>contiene un carattere che non è testo valido.</translation>
    </message>
    <message>
        <source>expected a date and time.</source>
        <translation>atteso una data e un&apos;ora.</translation>
    </message>
    <message>
        <source>expected a list.</source>
        <translation>attesa una lista.</translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation>atteso un oggetto.</translation>
    </message>
    <message>
        <source>expected text.</source>
        <translation>atteso del testo.</translation>
    </message>
    <message>
        <source>nested too deeply to be a record.</source>
        <translation>annidato troppo in profondità per essere una cartella.</translation>
    </message>
    <message>
        <source>not a status of the book.</source>
        <translation>non è uno stato dell&apos;agenda.</translation>
    </message>
    <message>
        <source>not a time zone.</source>
        <translation>non è un fuso orario.</translation>
    </message>
    <message>
        <source>the UTC offset is not the one of {zone} then.</source>
        <translation>lo scarto da UTC non è quello di {zone} in quel momento.</translation>
    </message>
    <message>
        <source>the end is not after the start.</source>
        <translation>la fine non è dopo l&apos;inizio.</translation>
    </message>
    <message>
        <source>this is not a value a record holds.</source>
        <translation>questo non è un valore che una cartella contiene.</translation>
    </message>
    <message>
        <source>this number is out of range.</source>
        <translation>questo numero è fuori dall&apos;intervallo ammesso.</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <extracomment>{path} names a place in the file, e.g. &quot;sessions[2].notes&quot;; {reason} says what is wrong.</extracomment>
        <translation>{path}: {reason}</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>La porta è un numero da 1 a 65535.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Email is not set up: fill in the SMTP server.</source>
        <translation>L&apos;e-mail non è configurata: indichi il server SMTP.</translation>
    </message>
    <message>
        <source>Email reminders need the client&apos;s email address.</source>
        <translation>I promemoria via e-mail richiedono l&apos;indirizzo e-mail del cliente.</translation>
    </message>
    <message>
        <source>Email to SMS (an address)</source>
        <translation>E-mail verso SMS (un indirizzo)</translation>
    </message>
    <message>
        <source>Email to SMS sends through the SMTP server: set it up first.</source>
        <translation>L&apos;invio e-mail verso SMS passa dal server SMTP: lo configuri prima.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Fill in the server and the user first.</source>
        <translation>Indichi prima il server e l&apos;utente.</translation>
    </message>
    <message>
        <source>HTTP gateway (a web address)</source>
        <translation>Gateway HTTP (un indirizzo web)</translation>
    </message>
    <message>
        <source>No SMS</source>
        <translation>Nessun SMS</translation>
    </message>
    <message>
        <source>None (local server only)</source>
        <translation>Nessuna (solo server locale)</translation>
    </message>
    <message>
        <source>Put the message in it: {message}.</source>
        <translation>Inserisca il messaggio: {message}.</translation>
    </message>
    <message>
        <source>Put the number in it: {phone} or {phone_digits}.</source>
        <translation>Inserisca il numero: {phone} o {phone_digits}.</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In coda</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>SMS is not set up: choose a gateway.</source>
        <translation>Gli SMS non sono configurati: scelga un gateway.</translation>
    </message>
    <message>
        <source>SMS reminders need the client&apos;s phone number.</source>
        <translation>I promemoria via SMS richiedono il numero di telefono del cliente.</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (porta 587)</translation>
    </message>
    <message>
        <source>Send reminders between {low} and {high} hours before.</source>
        <translation>Invii i promemoria tra {low} e {high} ore prima.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>In invio</translation>
    </message>
    <message>
        <source>Sending was interrupted before the server answered: it may not have gone. Retry to send it again.</source>
        <translation>L&apos;invio si è interrotto prima della risposta del server: il messaggio potrebbe non essere partito. Riprova per inviarlo di nuovo.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (porta 465)</translation>
    </message>
    <message>
        <source>That is not an email address.</source>
        <translation>Questo non è un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>The SMS gateway {gateway} answered {status} {reason}.</source>
        <translation>Il gateway SMS {gateway} ha risposto {status} {reason}.</translation>
    </message>
    <message>
        <source>The SMS gateway {gateway} could not be reached ({detail}).</source>
        <translation>Il gateway SMS {gateway} non è raggiungibile ({detail}).</translation>
    </message>
    <message>
        <source>The address starts with https:// (or http://).</source>
        <translation>L&apos;indirizzo inizia con https:// (o http://).</translation>
    </message>
    <message>
        <source>The appointment has begun.</source>
        <translation>L&apos;appuntamento è già iniziato.</translation>
    </message>
    <message>
        <source>The appointment is {status}.</source>
        <translation>L&apos;appuntamento è {status}.</translation>
    </message>
    <message>
        <source>The client has confirmed the appointment.</source>
        <translation>Il cliente ha confermato l&apos;appuntamento.</translation>
    </message>
    <message>
        <source>The client has no email address.</source>
        <translation>Il cliente non ha un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>The client has no phone number.</source>
        <translation>Il cliente non ha un numero di telefono.</translation>
    </message>
    <message>
        <source>The client has not agreed to reminders by {kind}.</source>
        <translation>Il cliente non ha acconsentito ai promemoria via {kind}.</translation>
    </message>
    <message>
        <source>The mail server refused the address {address}.</source>
        <translation>Il server di posta ha rifiutato l&apos;indirizzo {address}.</translation>
    </message>
    <message>
        <source>The mail server {server} could not be reached ({detail}).</source>
        <translation>Il server di posta {server} non è raggiungibile ({detail}).</translation>
    </message>
    <message>
        <source>The mail server {server} does not offer STARTTLS: choose TLS or none.</source>
        <translation>Il server di posta {server} non offre STARTTLS: scelga TLS o nessuna.</translation>
    </message>
    <message>
        <source>The mail server {server} refused the message: {detail}</source>
        <translation>Il server di posta {server} ha rifiutato il messaggio: {detail}</translation>
    </message>
    <message>
        <source>The mail server {server} refused the user name or password: check them in the settings.</source>
        <translation>Il server di posta {server} ha rifiutato nome utente o password: li controlli nelle impostazioni.</translation>
    </message>
    <message>
        <source>This cannot be used: {problem}.</source>
        <translation>Non si può usare: {problem}.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring cannot keep the password ({detail}).</source>
        <translation>Il portachiavi di questo computer non può conservare la password ({detail}).</translation>
    </message>
    <message>
        <source>This is a test message from acudesk: reminders can be sent.</source>
        <translation>Questo è un messaggio di prova di acudesk: i promemoria possono essere inviati.</translation>
    </message>
    <message>
        <source>Type an address such as {phone_digits}@sms.example.net.</source>
        <translation>Scriva un indirizzo come {phone_digits}@sms.example.net.</translation>
    </message>
    <message>
        <source>Type the address reminders come from (the From address).</source>
        <translation>Scriva l&apos;indirizzo da cui partono i promemoria (il mittente).</translation>
    </message>
    <message>
        <source>Type the server&apos;s name, e.g. smtp.example.com.</source>
        <translation>Scriva il nome del server, ad esempio smtp.example.com.</translation>
    </message>
    <message>
        <source>Type where the test message should go.</source>
        <translation>Scriva dove inviare il messaggio di prova.</translation>
    </message>
    <message>
        <source>Unknown placeholder {{{name}}}: use {known}.</source>
        <translation>Segnaposto sconosciuto {{{name}}}: usi {known}.</translation>
    </message>
    <message>
        <source>Wait between {low} and {high} minutes after a booking.</source>
        <translation>Attenda tra {low} e {high} minuti dopo una prenotazione.</translation>
    </message>
    <message>
        <source>acudesk test message</source>
        <translation>Messaggio di prova di acudesk</translation>
    </message>
    <message>
        <source>no answer in {seconds} seconds</source>
        <translation>nessuna risposta in {seconds} secondi</translation>
    </message>
</context>
<context>
    <name>screening</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>A waiting period is 0 to 3650 days.</source>
        <translation>Un periodo di attesa va da 0 a 3650 giorni.</translation>
    </message>
    <message>
        <source>Afraid of needles.</source>
        <translation>Paura degli aghi.</translation>
    </message>
    <message>
        <source>Ask for the physician&apos;s advice; no current across the chest.</source>
        <translation>Chiedere il parere del medico; nessuna corrente attraverso il torace.</translation>
    </message>
    <message>
        <source>Avoid keloid-prone sites; test with a few needles first.</source>
        <translation>Evitare le zone soggette a cheloidi; provare prima con pochi aghi.</translation>
    </message>
    <message>
        <source>Bleeding disorder.</source>
        <translation>Disturbo della coagulazione.</translation>
    </message>
    <message>
        <source>Breastfeeding.</source>
        <translation>Allattamento.</translation>
    </message>
    <message>
        <source>Cancer, current or under treatment.</source>
        <translation>Tumore, in corso o in trattamento.</translation>
    </message>
    <message>
        <source>Check it is controlled; defer if not.</source>
        <translation>Verificare che sia sotto controllo; altrimenti rimandare.</translation>
    </message>
    <message>
        <source>Cold sore or shingles outbreak.</source>
        <translation>Herpes labiale o fuoco di Sant&apos;Antonio in corso.</translation>
    </message>
    <message>
        <source>Defer the cosmetic course. Never needle pregnancy-caution points.</source>
        <translation>Rimandare il ciclo estetico. Non inserire mai aghi nei punti sconsigliati in gravidanza.</translation>
    </message>
    <message>
        <source>Diabetes.</source>
        <translation>Diabete.</translation>
    </message>
    <message>
        <source>Do not needle or massage over the treated area until the waiting period has passed.</source>
        <translation>Non inserire aghi né massaggiare sulla zona trattata finché non è trascorso il periodo di attesa.</translation>
    </message>
    <message>
        <source>Do not needle the affected or at-risk limb.</source>
        <translation>Non inserire aghi nell&apos;arto colpito o a rischio.</translation>
    </message>
    <message>
        <source>Do not needle through the affected skin; postpone until healed.</source>
        <translation>Non inserire aghi attraverso la pelle interessata; rimandare a guarigione avvenuta.</translation>
    </message>
    <message>
        <source>Epilepsy.</source>
        <translation>Epilessia.</translation>
    </message>
    <message>
        <source>Few needles at first, lying down, in a calm setting.</source>
        <translation>Pochi aghi all&apos;inizio, da sdraiati, in un ambiente tranquillo.</translation>
    </message>
    <message>
        <source>Fewer, finer needles; avoid points over vessels; press longer after removal. Never advise stopping prescribed medication.</source>
        <translation>Meno aghi e più sottili; evitare i punti sopra i vasi; premere più a lungo dopo l&apos;estrazione. Non consigliare mai di sospendere i farmaci prescritti.</translation>
    </message>
    <message>
        <source>Has fainted before.</source>
        <translation>Svenimenti in passato.</translation>
    </message>
    <message>
        <source>Heart condition.</source>
        <translation>Malattia cardiaca.</translation>
    </message>
    <message>
        <source>High blood pressure.</source>
        <translation>Pressione alta.</translation>
    </message>
    <message>
        <source>Lymphoedema or lymph nodes removed.</source>
        <translation>Linfedema o linfonodi asportati.</translation>
    </message>
    <message>
        <source>Many clinics defer the cosmetic course until breastfeeding ends.</source>
        <translation>Molti centri rimandano il ciclo estetico alla fine dell&apos;allattamento.</translation>
    </message>
    <message>
        <source>Metal (nickel) allergy.</source>
        <translation>Allergia ai metalli (nichel).</translation>
    </message>
    <message>
        <source>Needs the oncologist&apos;s clearance; never needle the tumour area or irradiated skin.</source>
        <translation>Serve il nulla osta dell&apos;oncologo; non inserire mai aghi nella zona del tumore o sulla pelle irradiata.</translation>
    </message>
    <message>
        <source>Needs the physician&apos;s clearance before any needling.</source>
        <translation>Serve il nulla osta del medico prima di inserire qualsiasi ago.</translation>
    </message>
    <message>
        <source>No electro-stimulation and no micro-current. Manual needling only.</source>
        <translation>Niente elettrostimolazione e niente microcorrenti. Solo agopuntura manuale.</translation>
    </message>
    <message>
        <source>No intake on file, so no signed consent.</source>
        <translation>Nessuna anamnesi registrata, quindi nessun consenso firmato.</translation>
    </message>
    <message>
        <source>No signed consent to treatment.</source>
        <translation>Manca il consenso firmato al trattamento.</translation>
    </message>
    <message>
        <source>Pacemaker or implanted electrical device.</source>
        <translation>Pacemaker o dispositivo elettrico impiantato.</translation>
    </message>
    <message>
        <source>Postpone facial work until it has healed.</source>
        <translation>Rimandare i trattamenti al viso fino a guarigione.</translation>
    </message>
    <message>
        <source>Pregnant or possibly pregnant.</source>
        <translation>Gravidanza in corso o possibile.</translation>
    </message>
    <message>
        <source>Recent cosmetic procedure.</source>
        <translation>Trattamento estetico recente.</translation>
    </message>
    <message>
        <source>Review the intake with the client before this session.</source>
        <translation>Rivedere l&apos;anamnesi con il cliente prima di questa seduta.</translation>
    </message>
    <message>
        <source>Severe or frequent migraine.</source>
        <translation>Emicrania forte o frequente.</translation>
    </message>
    <message>
        <source>Skin infection or open wound.</source>
        <translation>Infezione della pelle o ferita aperta.</translation>
    </message>
    <message>
        <source>Strict clean-needle technique; fewer needles.</source>
        <translation>Tecnica asettica rigorosa; meno aghi.</translation>
    </message>
    <message>
        <source>Strict skin preparation; avoid poorly perfused legs and feet.</source>
        <translation>Preparazione accurata della pelle; evitare gambe e piedi poco irrorati.</translation>
    </message>
    <message>
        <source>Take the intake with the client and have them sign before treatment.</source>
        <translation>Compilare l&apos;anamnesi con il cliente e fargliela firmare prima del trattamento.</translation>
    </message>
    <message>
        <source>Takes blood thinners: bruising is more likely.</source>
        <translation>Assume fluidificanti del sangue: i lividi sono più probabili.</translation>
    </message>
    <message>
        <source>Tends to form keloid or raised scars.</source>
        <translation>Tende a formare cheloidi o cicatrici in rilievo.</translation>
    </message>
    <message>
        <source>The intake is out of date.</source>
        <translation>L&apos;anamnesi non è aggiornata.</translation>
    </message>
    <message numerus="yes">
        <source>The latest intake is from {date} (%n month(s) ago).</source>
        <translation>
            <numerusform>L&apos;anamnesi più recente è del {date} (%n mese fa).</numerusform>
            <numerusform>L&apos;anamnesi più recente è del {date} (%n mesi fa).</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest intake lacks a signature.</source>
        <translation>Nell&apos;anamnesi più recente manca la firma.</translation>
    </message>
    <message>
        <source>The latest intake lacks consent to treatment.</source>
        <translation>Nell&apos;anamnesi più recente manca il consenso al trattamento.</translation>
    </message>
    <message>
        <source>The review period is 1 to 120 months.</source>
        <translation>Il periodo di revisione va da 1 a 120 mesi.</translation>
    </message>
    <message>
        <source>Treat lying down; avoid electro-stimulation if not well controlled.</source>
        <translation>Trattare da sdraiati; evitare l&apos;elettrostimolazione se non è ben controllata.</translation>
    </message>
    <message>
        <source>Treat lying down; make sure the client has eaten.</source>
        <translation>Trattare da sdraiati; assicurarsi che il cliente abbia mangiato.</translation>
    </message>
    <message>
        <source>Unknown alert &apos;{id}&apos;.</source>
        <translation>Avviso sconosciuto &apos;{id}&apos;.</translation>
    </message>
    <message>
        <source>Use fewer facial needles, or defer until migraine-free.</source>
        <translation>Usare meno aghi sul viso, oppure rimandare a quando non c&apos;è emicrania.</translation>
    </message>
    <message>
        <source>Use nickel-free (gold-plated, silver or titanium) needles.</source>
        <translation>Usare aghi senza nichel (placcati oro, in argento o in titanio).</translation>
    </message>
    <message>
        <source>Weakened immune system.</source>
        <translation>Difese immunitarie ridotte.</translation>
    </message>
    <message>
        <source>{condition} (controlled).</source>
        <translation>{condition} (sotto controllo).</translation>
    </message>
    <message>
        <source>{condition} (not controlled).</source>
        <translation>{condition} (non sotto controllo).</translation>
    </message>
    <message>
        <source>{condition}: {detail}.</source>
        <extracomment>{detail} is what the receptionist typed beside the condition (a medicine, an area).</extracomment>
        <translation>{condition}: {detail}.</translation>
    </message>
    <message numerus="yes">
        <source>{procedure} on the {area} on {date}: wait %n more day(s) (clinic waits {period}).</source>
        <extracomment>{area} is typed by the receptionist (&quot;left cheek&quot;); {period} is &quot;28 days&quot;.</extracomment>
        <translation>
            <numerusform>{procedure} in zona {area} il {date}: manca ancora %n giorno (il centro attende {period}).</numerusform>
            <numerusform>{procedure} in zona {area} il {date}: mancano ancora %n giorni (il centro attende {period}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{procedure} on {date}: wait %n more day(s) (clinic waits {period}).</source>
        <translation>
            <numerusform>{procedure} il {date}: manca ancora %n giorno (il centro attende {period}).</numerusform>
            <numerusform>{procedure} il {date}: mancano ancora %n giorni (il centro attende {period}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sessions</name>
    <message>
        <source>Give the protocol a name.</source>
        <translation>Dai un nome al protocollo.</translation>
    </message>
    <message>
        <source>Only a completed session is amended.</source>
        <translation>Si può rettificare solo una seduta conclusa.</translation>
    </message>
    <message>
        <source>Only an open session can be cancelled.</source>
        <translation>Si può annullare solo una seduta aperta.</translation>
    </message>
    <message>
        <source>Say why the completed session is being changed.</source>
        <translation>Indica perché stai modificando la seduta conclusa.</translation>
    </message>
    <message>
        <source>Say why the session is cancelled.</source>
        <translation>Indica perché la seduta viene annullata.</translation>
    </message>
    <message>
        <source>The chart is empty: place some needles first.</source>
        <translation>La mappa è vuota: posiziona prima qualche ago.</translation>
    </message>
    <message>
        <source>The name is too long ({limit} characters at most).</source>
        <translation>Il nome è troppo lungo (massimo {limit} caratteri).</translation>
    </message>
    <message>
        <source>There is already a protocol called &apos;{name}&apos;.</source>
        <translation>Esiste già un protocollo chiamato &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>This client already has an open session: open it, or cancel it, first.</source>
        <translation>Questo cliente ha già una seduta aperta: aprila, oppure annullala, prima.</translation>
    </message>
    <message>
        <source>This session is already completed.</source>
        <translation>Questa seduta è già conclusa.</translation>
    </message>
    <message>
        <source>This session is completed: amend it, giving a reason, to change it.</source>
        <translation>Questa seduta è conclusa: per cambiarla, rettificala indicando il motivo.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Choose A4 or Letter.</source>
        <translation>Scegli A4 o Letter.</translation>
    </message>
    <message>
        <source>Choose a country from the list (two letters, e.g. GB, IT, US).</source>
        <translation>Scegli un paese dall&apos;elenco (due lettere, es. IT, GB, US).</translation>
    </message>
    <message>
        <source>Choose between {low} and {high} minutes before the screen locks.</source>
        <translation>Scegli tra {low} e {high} minuti prima del blocco dello schermo.</translation>
    </message>
    <message>
        <source>Choose one of the languages acudesk is translated into.</source>
        <translation>Scegli una delle lingue in cui acudesk è tradotto.</translation>
    </message>
    <message>
        <source>Give the whole path of the folder, e.g. /home/clinic/backups.</source>
        <translation>Indica il percorso completo della cartella, ad esempio /home/clinica/backup.</translation>
    </message>
    <message>
        <source>Handout texts are in English or Italian.</source>
        <translation>I testi delle indicazioni post-trattamento sono in inglese o in italiano.</translation>
    </message>
    <message>
        <source>Keep from 1 to {most} daily backups.</source>
        <extracomment>{most} is the largest number of backups kept (365).</extracomment>
        <translation>Conserva da 1 a {most} backup giornalieri.</translation>
    </message>
    <message>
        <source>The consent text cannot be empty.</source>
        <translation>Il testo del consenso non può restare vuoto.</translation>
    </message>
    <message>
        <source>The consent text is too long (20,000 characters at most).</source>
        <translation>Il testo del consenso è troppo lungo (massimo 20.000 caratteri).</translation>
    </message>
    <message>
        <source>The logo file is too large (1 MB at most): choose a smaller picture.</source>
        <translation>Il file del logo è troppo grande (massimo 1 MB): scegli un&apos;immagine più piccola.</translation>
    </message>
    <message>
        <source>The logo must be a picture (PNG, JPEG...): choose another file.</source>
        <translation>Il logo deve essere un&apos;immagine (PNG, JPEG...): scegli un altro file.</translation>
    </message>
    <message>
        <source>This folder path is too long.</source>
        <translation>Il percorso di questa cartella è troppo lungo.</translation>
    </message>
    <message>
        <source>This handout text cannot be used. {problems}</source>
        <extracomment>{problems} lists what is wrong with the file, in the file&apos;s own terms (English).</extracomment>
        <translation>Questo testo delle indicazioni non si può usare. {problems}</translation>
    </message>
    <message>
        <source>This handout text is for {found}, not {wanted}.</source>
        <extracomment>{found} and {wanted} are language codes: &apos;it&apos;, &apos;en&apos;.</extracomment>
        <translation>Questo testo delle indicazioni è per {found}, non per {wanted}.</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>This text has a character that cannot be stored (a NUL or a broken character): remove it.</source>
        <translation>Questo testo contiene un carattere che non si può salvare (un NUL o un carattere danneggiato): toglilo.</translation>
    </message>
</context>
<context>
    <name>treatment</name>
    <message numerus="yes">
        <source>%n needle(s) went in but {out} came out. Search the client (hairline, clothing), the couch and the floor, then record an incident.</source>
        <translation>
            <numerusform>È stato inserito %n ago ma ne sono stati tolti {out}. Cerca sul cliente (attaccatura dei capelli, vestiti), sul lettino e sul pavimento, poi registra un incidente.</numerusform>
            <numerusform>Sono stati inseriti %n aghi ma ne sono stati tolti {out}. Cerca sul cliente (attaccatura dei capelli, vestiti), sul lettino e sul pavimento, poi registra un incidente.</numerusform>
        </translation>
    </message>
    <message>
        <source>A course is 1 to 100 sessions.</source>
        <translation>Un ciclo va da 1 a 100 sedute.</translation>
    </message>
    <message>
        <source>A needle count is 0 to 500.</source>
        <translation>Il numero di aghi va da 0 a 500.</translation>
    </message>
    <message>
        <source>A stop alert stands for this client: record why treatment goes ahead, or do not treat.</source>
        <translation>Per questo cliente c&apos;è un avviso di blocco: registra perché il trattamento procede, oppure non trattare.</translation>
    </message>
    <message>
        <source>Advised care before driving.</source>
        <translation>Consigliata prudenza prima di mettersi alla guida.</translation>
    </message>
    <message>
        <source>Aggravation</source>
        <translation>Peggioramento dei sintomi</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergia</translation>
    </message>
    <message>
        <source>Bent needle</source>
        <translation>Ago piegato</translation>
    </message>
    <message>
        <source>Bleeding</source>
        <translation>Sanguinamento</translation>
    </message>
    <message>
        <source>Broken needle</source>
        <translation>Ago rotto</translation>
    </message>
    <message>
        <source>Bruising</source>
        <translation>Livido</translation>
    </message>
    <message>
        <source>Client lay down and rested.</source>
        <translation>Il cliente si è sdraiato e ha riposato.</translation>
    </message>
    <message>
        <source>Client relaxed; rotated back or massaged around the point, then withdrew.</source>
        <translation>Cliente fatto rilassare; ago ruotato all&apos;indietro o massaggiata la zona intorno al punto, poi estratto.</translation>
    </message>
    <message>
        <source>Count the needles out before completing the session.</source>
        <translation>Conta gli aghi tolti prima di concludere la seduta.</translation>
    </message>
    <message>
        <source>Course {course}: {number} of {length}</source>
        <translation>Ciclo {course}: {number} di {length}</translation>
    </message>
    <message>
        <source>Do the pre-treatment check first: read the alerts and confirm nothing has changed since the intake (or update the intake).</source>
        <translation>Fai prima il controllo pre-trattamento: leggi gli avvisi e conferma che nulla è cambiato dall&apos;anamnesi (oppure aggiorna l&apos;anamnesi).</translation>
    </message>
    <message>
        <source>Drowsiness</source>
        <translation>Sonnolenza</translation>
    </message>
    <message>
        <source>Fainting</source>
        <translation>Svenimento</translation>
    </message>
    <message>
        <source>Firm pressure with dry sterile cotton; told the client it fades within days.</source>
        <translation>Pressione decisa con cotone sterile asciutto; spiegato al cliente che sparisce in pochi giorni.</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Infezione</translation>
    </message>
    <message>
        <source>Kept the client still; removed the fragment or referred for removal.</source>
        <translation>Cliente tenuto fermo; frammento rimosso o cliente inviato per la rimozione.</translation>
    </message>
    <message>
        <source>Missing needle</source>
        <translation>Ago mancante</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Nausea</translation>
    </message>
    <message>
        <source>No needle before the pre-treatment check is done. {problem}</source>
        <translation>Nessun ago prima che il controllo pre-trattamento sia fatto. {problem}</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolore</translation>
    </message>
    <message>
        <source>Pressure with dry sterile cotton; handled as blood.</source>
        <translation>Pressione con cotone sterile asciutto; gestito come materiale ematico.</translation>
    </message>
    <message>
        <source>Retention is 1 to {most} minutes.</source>
        <translation>Il tempo di permanenza degli aghi va da 1 a {most} minuti.</translation>
    </message>
    <message>
        <source>Searched the client, clothing, couch and floor.</source>
        <translation>Cercato sul cliente, sui vestiti, sul lettino e sul pavimento.</translation>
    </message>
    <message>
        <source>Stopped, removed all needles, laid the client flat with legs raised, monitored until recovered; warm sweet drink.</source>
        <translation>Trattamento interrotto, tolti tutti gli aghi, cliente disteso con le gambe sollevate e monitorato fino alla ripresa; bevanda calda zuccherata.</translation>
    </message>
    <message>
        <source>Stuck needle</source>
        <translation>Ago bloccato</translation>
    </message>
    <message>
        <source>The session number is 1 to {last}.</source>
        <translation>Il numero della seduta va da 1 a {last}.</translation>
    </message>
    <message>
        <source>This note is too long (20,000 characters at most).</source>
        <translation>Questa nota è troppo lunga (massimo 20.000 caratteri).</translation>
    </message>
    <message>
        <source>Withdrew and replaced the needle.</source>
        <translation>Ago estratto e sostituito.</translation>
    </message>
    <message>
        <source>Withdrew or repositioned the needle.</source>
        <translation>Ago estratto o riposizionato.</translation>
    </message>
    <message>
        <source>{number} of {length}</source>
        <extracomment>The session&apos;s place in the course: &quot;3 of 10&quot;.</extracomment>
        <translation>{number} di {length}</translation>
    </message>
</context>
<context>
    <name>users</name>
    <message>
        <source>A password cannot start or end with a space.</source>
        <translation>Una password non può iniziare o finire con uno spazio.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Una password deve avere almeno %n carattere.</numerusform>
            <numerusform>Una password deve avere almeno %n caratteri.</numerusform>
        </translation>
    </message>
    <message>
        <source>A username is 2 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>Un nome utente ha da 2 a 32 tra lettere, cifre, punti, trattini o trattini bassi, e inizia con una lettera o una cifra.</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <source>Choose one of the languages acudesk is translated into.</source>
        <translation>Scegli una delle lingue in cui acudesk è tradotto.</translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation>Inserisci un nome utente.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name as it should appear on screen.</source>
        <translation>Inserisci il nome della persona come deve comparire sullo schermo.</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>That is not your current password.</source>
        <translation>Questa non è la tua password attuale.</translation>
    </message>
    <message numerus="yes">
        <source>The account is now locked for %n minute(s).</source>
        <translation>
            <numerusform>L&apos;account ora è bloccato per %n minuto.</numerusform>
            <numerusform>L&apos;account ora è bloccato per %n minuti.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name is too long ({limit} characters at most).</source>
        <translation>Il nome è troppo lungo (massimo {limit} caratteri).</translation>
    </message>
    <message>
        <source>The password is too long ({limit} characters at most).</source>
        <translation>La password è troppo lunga (massimo {limit} caratteri).</translation>
    </message>
    <message>
        <source>The username &apos;{username}&apos; is taken.</source>
        <translation>Il nome utente &apos;{username}&apos; è già in uso.</translation>
    </message>
    <message>
        <source>This account is deactivated. Ask an administrator to reactivate it.</source>
        <translation>Questo account è disattivato. Chiedi a un amministratore di riattivarlo.</translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after too many wrong passwords. Try again in %n minute(s), or ask an administrator to unlock it.</source>
        <translation>
            <numerusform>Questo account è bloccato dopo troppe password sbagliate. Riprova tra %n minuto o chiedi a un amministratore di sbloccarlo.</numerusform>
            <numerusform>Questo account è bloccato dopo troppe password sbagliate. Riprova tra %n minuti o chiedi a un amministratore di sbloccarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Password sbagliata.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Nome utente o password errati.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Non puoi disattivare il tuo stesso account.</translation>
    </message>
</context>
<context>
    <name>waitlist</name>
    <message>
        <source>&apos;{typed}&apos; is not a time window: write e.g. 09:00-12:00.</source>
        <translation>«{typed}» non è una fascia oraria: scrivi per esempio 09:00-12:00.</translation>
    </message>
    <message>
        <source>A time window must end after it starts.</source>
        <translation>Una fascia oraria deve finire dopo il suo inizio.</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Qualsiasi giorno</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Qualsiasi ora</translation>
    </message>
    <message>
        <source>At most {most} time windows.</source>
        <translation>Al massimo {most} fasce orarie.</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Prenotata</translation>
    </message>
    <message>
        <source>Choose a practitioner who works here.</source>
        <translation>Scegli un operatore che lavora qui.</translation>
    </message>
    <message>
        <source>Choose the client: type part of their name.</source>
        <translation>Scegli il cliente: scrivi parte del nome.</translation>
    </message>
    <message>
        <source>Choose the service they wait for.</source>
        <translation>Scegli il trattamento che aspetta.</translation>
    </message>
    <message>
        <source>Days of the week are Monday to Sunday.</source>
        <translation>I giorni della settimana vanno da lunedì a domenica.</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>Notes are at most {limit} characters of text.</source>
        <translation>Le note sono al massimo {limit} caratteri di testo.</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Tolta</translation>
    </message>
    <message>
        <source>Say until when the client waits.</source>
        <translation>Indica fino a quando il cliente aspetta.</translation>
    </message>
    <message>
        <source>The last day cannot be in the past.</source>
        <translation>L&apos;ultimo giorno non può essere nel passato.</translation>
    </message>
    <message>
        <source>This entry is no longer waiting: it was booked or removed.</source>
        <translation>Questa voce non è più in attesa: è stata prenotata o tolta.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
</context>
</TS>
