<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About acudesk</source>
        <translation>Informazioni su acudesk</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Cartella dei dati</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Practice management for cosmetic acupuncture clinics</source>
        <translation>Gestionale per studi di agopuntura estetica</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Python version</source>
        <translation>Versione di Python</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Versione di Qt</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>acudesk</source>
        <translation>acudesk</translation>
    </message>
    <message>
        <source>acudesk logo</source>
        <translation>Logo di acudesk</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Ruolo</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>Nome &amp;utente</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Aggiungi utente</translation>
    </message>
    <message>
        <source>As it should appear on screen</source>
        <translation>Come deve comparire sullo schermo</translation>
    </message>
    <message>
        <source>First &amp;password</source>
        <translation>&amp;Password iniziale</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>Password iniziale</translation>
    </message>
    <message>
        <source>First password message</source>
        <translation>Messaggio sulla password iniziale</translation>
    </message>
    <message>
        <source>Give it to the person; they can change it after signing in.</source>
        <translation>Comunicala alla persona; potrà cambiarla dopo l&apos;accesso.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Name message</source>
        <translation>Messaggio sul nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Role message</source>
        <translation>Messaggio sul ruolo</translation>
    </message>
    <message>
        <source>Used to sign in, e.g. maria</source>
        <translation>Serve per accedere, es. maria</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Username message</source>
        <translation>Messaggio sul nome utente</translation>
    </message>
</context>
<context>
    <name>AlertsBanner</name>
    <message>
        <source>Alert message</source>
        <translation>Messaggio dell&apos;avviso</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blocco</translation>
    </message>
    <message>
        <source>CAUTION</source>
        <translation>ATTENZIONE</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Attenzione</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Nascondi</translation>
    </message>
    <message>
        <source>INTAKE NEEDED</source>
        <translation>ANAMNESI DA FARE</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Informazione</translation>
    </message>
    <message>
        <source>Intake needed</source>
        <translation>Anamnesi da fare</translation>
    </message>
    <message>
        <source>More alerts</source>
        <translation>Altri avvisi</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTA</translation>
    </message>
    <message>
        <source>No intake yet: take it with the client before the first treatment.</source>
        <translation>Nessuna anamnesi: raccoglila con il cliente prima del primo trattamento.</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
    <message>
        <source>Screening alerts</source>
        <translation>Avvisi di screening</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more alerts</source>
        <translation>
            <numerusform>Mostra %n altro avviso</numerusform>
            <numerusform>Mostra altri %n avvisi</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <source>What to do: {action}</source>
        <translation>Cosa fare: {action}</translation>
    </message>
    <message>
        <source>What to do: {message}</source>
        <translation>Cosa fare: {message}</translation>
    </message>
    <message>
        <source>{severity}: {message}</source>
        <translation>{severity}: {message}</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Save amendment</source>
        <translation>Salva modifica</translation>
    </message>
    <message>
        <source>Say why the completed session is being changed.</source>
        <translation>Indica perché la seduta conclusa viene modificata.</translation>
    </message>
</context>
<context>
    <name>Amendment</name>
    <message>
        <source>&amp;Amend…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>&amp;Save amendment…</source>
        <translation>&amp;Salva modifica…</translation>
    </message>
    <message>
        <source>Cancel amendment</source>
        <translation>Annulla modifica</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Creating the demo clinic…</source>
        <translation>Creazione dello studio dimostrativo…</translation>
    </message>
    <message>
        <source>The new language applies once the other windows are closed: sign out and in again.</source>
        <translation>La nuova lingua vale quando le altre finestre sono chiuse: disconnettiti e accedi di nuovo.</translation>
    </message>
    <message>
        <source>The point catalogue is damaged</source>
        <translation>Il catalogo dei punti è danneggiato</translation>
    </message>
    <message>
        <source>acudesk cannot open the database</source>
        <translation>acudesk non riesce ad aprire il database</translation>
    </message>
    <message>
        <source>{problem} Charting is unavailable until acudesk is reinstalled.</source>
        <translation>{problem} La mappa dei punti non è disponibile finché acudesk non viene reinstallato.</translation>
    </message>
</context>
<context>
    <name>ApplyProtocolDialog</name>
    <message>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Azione</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Esporta CSV…</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostra</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Al</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verifica catena</translation>
    </message>
    <message>
        <source>A client number is digits only.</source>
        <translation>Il numero cliente contiene solo cifre.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Qualsiasi azione</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Qualsiasi giorno</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Eventi del registro</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro attività</translation>
    </message>
    <message>
        <source>Audit message</source>
        <translation>Messaggio del registro</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>C&amp;liente</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Check that no event was changed or removed since it was written</source>
        <translation>Controlla che nessun evento sia stato modificato o rimosso dopo la scrittura</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Numero cliente</translation>
    </message>
    <message>
        <source>Events found: {count}</source>
        <translation>Eventi trovati: {count}</translation>
    </message>
    <message>
        <source>Every sign-in attempt, every change and every read of clinical data, newest first. Each event is chained to the one before it, so a change made behind acudesk&apos;s back shows when the chain is verified.</source>
        <translation>Ogni tentativo di accesso, ogni modifica e ogni lettura di dati clinici, dal più recente. Ogni evento è concatenato al precedente: una modifica fatta all&apos;insaputa di acudesk emerge quando si verifica la catena.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Esporta il registro attività</translation>
    </message>
    <message>
        <source>Exported {count} events to {path}.</source>
        <translation>Esportati {count} eventi in {path}.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>How many events</source>
        <translation>Quanti eventi</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Save the events shown by these filters as a CSV file</source>
        <translation>Salva come file CSV gli eventi mostrati da questi filtri</translation>
    </message>
    <message>
        <source>Show the events that match these filters</source>
        <translation>Mostra gli eventi che corrispondono a questi filtri</translation>
    </message>
    <message>
        <source>The chain is broken at event {event}: it was changed, or events before it were removed, after it was written. Keep this database as it is and tell whoever looks after the clinic&apos;s data.</source>
        <translation>La catena è interrotta all&apos;evento {event}: è stato modificato, o sono stati rimossi eventi precedenti, dopo la scrittura. Lascia il database così com&apos;è e avvisa chi si occupa dei dati del centro.</translation>
    </message>
    <message>
        <source>The chain is broken at its end: events after number {count} were removed.</source>
        <translation>La catena è interrotta alla fine: sono stati rimossi eventi dopo il numero {count}.</translation>
    </message>
    <message>
        <source>The chain is intact: {count} events checked.</source>
        <translation>La catena è integra: {count} eventi controllati.</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Impossibile scrivere il file: {reason}</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>client number</source>
        <translation>numero cliente</translation>
    </message>
    <message>
        <source>username</source>
        <translation>nome utente</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Dettaglio</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>avvisi</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>registro attività</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>clinic</source>
        <translation>centro</translation>
    </message>
    <message>
        <source>create</source>
        <translation>creazione</translation>
    </message>
    <message>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>eliminazione</translation>
    </message>
    <message>
        <source>export</source>
        <translation>esportazione</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>scheda post-trattamento</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importazione</translation>
    </message>
    <message>
        <source>intake</source>
        <translation>anamnesi</translation>
    </message>
    <message>
        <source>intake draft</source>
        <translation>bozza di anamnesi</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>blocco</translation>
    </message>
    <message>
        <source>product</source>
        <translation>prodotto</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>protocollo</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lettura</translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation>consigli</translation>
    </message>
    <message>
        <source>session</source>
        <translation>seduta</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>impostazioni</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>accesso</translation>
    </message>
    <message>
        <source>sign-in refused</source>
        <translation>accesso rifiutato</translation>
    </message>
    <message>
        <source>unlock</source>
        <translation>sblocco</translation>
    </message>
    <message>
        <source>update</source>
        <translation>modifica</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utente</translation>
    </message>
</context>
<context>
    <name>BackupSettingsWidget</name>
    <message>
        <source>&amp;Keep the last</source>
        <translation>&amp;Conserva gli ultimi</translation>
    </message>
    <message>
        <source>Backup settings saved</source>
        <translation>Impostazioni dei backup salvate</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Backups &amp;folder</source>
        <translation>Cartella dei &amp;backup</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>Cartella dei backup</translation>
    </message>
    <message>
        <source>Backups folder message</source>
        <translation>Messaggio sulla cartella dei backup</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Backup conservati</translation>
    </message>
    <message>
        <source>Backups kept message</source>
        <translation>Messaggio sui backup conservati</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Scegl&amp;i…</translation>
    </message>
    <message>
        <source>Choose backups folder</source>
        <translation>Scegli la cartella dei backup</translation>
    </message>
    <message>
        <source>Choose the backups folder</source>
        <translation>Scegli la cartella dei backup</translation>
    </message>
    <message>
        <source>DAILY BACKUP</source>
        <translation>BACKUP GIORNALIERO</translation>
    </message>
    <message>
        <source>Saved. Daily backups go to {folder}.</source>
        <translation>Salvato. I backup giornalieri vanno in {folder}.</translation>
    </message>
    <message>
        <source>The first sign-in of each day backs up the whole database into this folder; older backups beyond this number are deleted. Leave the folder empty for the backups folder next to the database.</source>
        <translation>Il primo accesso di ogni giorno salva l&apos;intero database in questa cartella; i backup più vecchi oltre questo numero vengono eliminati. Lascia vuota la cartella per usare la cartella dei backup accanto al database.</translation>
    </message>
</context>
<context>
    <name>BatchPrint</name>
    <message>
        <source>Not printed for {name}: {why}</source>
        <translation>Non stampata per {name}: {why}</translation>
    </message>
    <message>
        <source>Nothing to print: every session completed today already has its aftercare sheet.</source>
        <translation>Niente da stampare: ogni seduta conclusa oggi ha già la sua scheda post-trattamento.</translation>
    </message>
    <message>
        <source>Preparing {total} sheets…</source>
        <translation>Preparazione di {total} schede…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparazione…</translation>
    </message>
    <message>
        <source>Print today&apos;s handouts</source>
        <translation>Stampa le schede di oggi</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n aftercare sheets.</source>
        <translation>
            <numerusform>Stampata %n scheda post-trattamento.</numerusform>
            <numerusform>Stampate %n schede post-trattamento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed {number} of {total}: {name}
Stop ends the run after the sheet being printed.</source>
        <translation>Stampata {number} di {total}: {name}
Ferma conclude dopo la scheda in stampa.</translation>
    </message>
    <message>
        <source>Printing today&apos;s handouts</source>
        <translation>Stampa delle schede di oggi</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message numerus="yes">
        <source>Stopped before %n: {names}. Print all again to do them.</source>
        <translation>
            <numerusform>Fermata prima di %n: {names}. Stampa di nuovo tutte per farla.</numerusform>
            <numerusform>Fermata prima di %n: {names}. Stampa di nuovo tutte per farle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today&apos;s aftercare sheets</source>
        <translation>Schede post-trattamento di oggi</translation>
    </message>
    <message>
        <source>Today&apos;s handouts</source>
        <translation>Schede di oggi</translation>
    </message>
</context>
<context>
    <name>BookDayView</name>
    <message>
        <source>Day of the book</source>
        <translation>Giorno dell&apos;agenda</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Adesso</translation>
    </message>
</context>
<context>
    <name>BookLook</name>
    <message>
        <source>Colour by service</source>
        <translation>Colori per servizio</translation>
    </message>
    <message>
        <source>Colour by status</source>
        <translation>Colori per stato</translation>
    </message>
    <message>
        <source>Colour legend</source>
        <translation>Legenda dei colori</translation>
    </message>
    <message>
        <source>Colour the appointments by status or by service (Shift+C)</source>
        <translation>Colora gli appuntamenti per stato o per servizio (Maiusc+C)</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colori</translation>
    </message>
</context>
<context>
    <name>BookMonthView</name>
    <message numerus="yes">
        <source>%Ln appointment(s)</source>
        <translation>
            <numerusform>%Ln appuntamento</numerusform>
            <numerusform>%Ln appuntamenti</numerusform>
        </translation>
    </message>
    <message>
        <source>Busiest {first}–{last}</source>
        <translation>Più pieno {first}–{last}</translation>
    </message>
    <message>
        <source>Month of the book</source>
        <translation>Mese dell&apos;agenda</translation>
    </message>
    <message>
        <source>No practitioner</source>
        <translation>Nessun operatore</translation>
    </message>
</context>
<context>
    <name>BookScreen</name>
    <message numerus="yes">
        <source>%n appointment(s) this day.</source>
        <translation>
            <numerusform>%n appuntamento in questo giorno.</numerusform>
            <numerusform>%n appuntamenti in questo giorno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) this month.</source>
        <translation>
            <numerusform>%n appuntamento questo mese.</numerusform>
            <numerusform>%n appuntamenti questo mese.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) this week.</source>
        <translation>
            <numerusform>%n appuntamento in questa settimana.</numerusform>
            <numerusform>%n appuntamenti in questa settimana.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Arrived</source>
        <translation>&amp;Arrivato</translation>
    </message>
    <message>
        <source>&amp;Completed</source>
        <translation>&amp;Completato</translation>
    </message>
    <message>
        <source>&amp;Hide names</source>
        <translation>&amp;Nascondi i nomi</translation>
    </message>
    <message>
        <source>&amp;New appointment…</source>
        <translation>N&amp;uovo appuntamento…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <source>Add rooms with Set up… to see the columns.</source>
        <translation>Aggiungi le stanze con Configura… per vedere le colonne.</translation>
    </message>
    <message>
        <source>Appointment book</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Appointment details</source>
        <translation>Dettagli dell&apos;appuntamento</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Indietro (Alt+Sinistra)</translation>
    </message>
    <message>
        <source>Book message</source>
        <translation>Messaggio dell&apos;agenda</translation>
    </message>
    <message>
        <source>Booked {client}, {day} {time}.</source>
        <translation>Prenotato {client}, {day} {time}.</translation>
    </message>
    <message>
        <source>By practitioner</source>
        <translation>Per operatore</translation>
    </message>
    <message>
        <source>By room</source>
        <translation>Per stanza</translation>
    </message>
    <message>
        <source>Cance&amp;l appointment…</source>
        <translation>Ann&amp;ulla appuntamento…</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Annulla appuntamento</translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation>Annulla l&apos;appuntamento</translation>
    </message>
    <message>
        <source>Check &amp;out…</source>
        <translation>Fine &amp;visita…</translation>
    </message>
    <message>
        <source>Click an appointment to see it; double-click an empty time to book it.</source>
        <translation>Fai clic su un appuntamento per vederlo; doppio clic su un orario libero per prenotarlo.</translation>
    </message>
    <message>
        <source>Client con&amp;firmed</source>
        <translation>Con&amp;fermato dal cliente</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Day &amp;sheet…</source>
        <translation>&amp;Foglio del giorno…</translation>
    </message>
    <message>
        <source>Day (Ctrl+1), week (Ctrl+2) or month (Ctrl+3)</source>
        <translation>Giorno (Ctrl+1), settimana (Ctrl+2) o mese (Ctrl+3)</translation>
    </message>
    <message>
        <source>Day or week</source>
        <translation>Giorno o settimana</translation>
    </message>
    <message>
        <source>Day sheet saved as {name}.</source>
        <translation>Foglio del giorno salvato come {name}.</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Giorno mostrato</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Avanti (Alt+Destra)</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantienilo</translation>
    </message>
    <message>
        <source>List the next free times for a service (Ctrl+Shift+F)</source>
        <translation>Elenca i prossimi orari liberi per un servizio (Ctrl+Maiusc+F)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Moved {client} to {time}.</source>
        <translation>{client} spostato alle {time}.</translation>
    </message>
    <message>
        <source>Name hidden (Shift+P shows it)</source>
        <translation>Nome nascosto (Maiusc+P lo mostra)</translation>
    </message>
    <message>
        <source>Ne&amp;xt free…</source>
        <translation>Prossimi &amp;liberi…</translation>
    </message>
    <message>
        <source>No appointment chosen</source>
        <translation>Nessun appuntamento scelto</translation>
    </message>
    <message>
        <source>No-sho&amp;w</source>
        <translation>Non &amp;presentato</translation>
    </message>
    <message>
        <source>Only an administrator sets up locations, rooms and services.</source>
        <translation>Solo un amministratore configura sedi, stanze e servizi.</translation>
    </message>
    <message>
        <source>Only practitioners start treatment sessions.</source>
        <translation>Solo gli operatori avviano le sedute di trattamento.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print the aftercare sheet and book the next visit</source>
        <translation>Stampa la scheda post-trattamento e prenota la prossima visita</translation>
    </message>
    <message>
        <source>Privacy mode: the book shows services, not names (Shift+P)</source>
        <translation>Riservatezza: l&apos;agenda mostra i servizi, non i nomi (Maiusc+P)</translation>
    </message>
    <message>
        <source>Save the day as a PDF to print, a section per column</source>
        <translation>Salva il giorno come PDF da stampare, una sezione per colonna</translation>
    </message>
    <message>
        <source>Save the day sheet</source>
        <translation>Salva il foglio del giorno</translation>
    </message>
    <message>
        <source>Save the week sheet</source>
        <translation>Salva il foglio della settimana</translation>
    </message>
    <message>
        <source>Save the whole clinic&apos;s week as a PDF to print, day by day</source>
        <translation>Salva la settimana di tutto lo studio come PDF da stampare, giorno per giorno</translation>
    </message>
    <message>
        <source>Set &amp;up…</source>
        <translation>Confi&amp;gura…</translation>
    </message>
    <message>
        <source>Start the session of a client who has arrived, or open it</source>
        <translation>Avvia la seduta di un cliente arrivato, o aprila</translation>
    </message>
    <message>
        <source>The book has no location yet. An administrator sets it up with Set up… (its opening hours, rooms and services).</source>
        <translation>L&apos;agenda non ha ancora una sede. Un amministratore la configura con Configura… (orari, stanze e servizi).</translation>
    </message>
    <message>
        <source>The client confirmed the appointment (by phone or a reply): recorded, and no further reminder goes</source>
        <translation>Il cliente ha confermato l&apos;appuntamento (per telefono o rispondendo): viene registrato e non partono altri promemoria</translation>
    </message>
    <message>
        <source>The day sheet could not be saved: {problem}.</source>
        <translation>Non è stato possibile salvare il foglio del giorno: {problem}.</translation>
    </message>
    <message>
        <source>Treat&amp;ment</source>
        <translation>&amp;Trattamento</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <source>Week &amp;sheet…</source>
        <translation>&amp;Foglio della settimana…</translation>
    </message>
    <message>
        <source>Week sheet saved as {name}.</source>
        <translation>Foglio della settimana salvato come {name}.</translation>
    </message>
    <message>
        <source>Why is it cancelled?</source>
        <translation>Perché viene annullato?</translation>
    </message>
    <message>
        <source>{first}–{last}</source>
        <comment>a week&apos;s span</comment>
        <translation>{first}–{last}</translation>
    </message>
</context>
<context>
    <name>BookSetupDialog</name>
    <message>
        <source> hours of the start</source>
        <translation> ore dall&apos;inizio</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> · no hours set</source>
        <translation> · nessun orario</translation>
    </message>
    <message>
        <source>#RRGGBB, or empty</source>
        <translation>#RRGGBB, o vuoto</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Attiva</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Disattiva</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Orario</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Lasts</source>
        <translation>&amp;Dura</translation>
    </message>
    <message>
        <source>&amp;Locations</source>
        <translation>Se&amp;di</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Al</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Chi</translation>
    </message>
    <message>
        <source>&amp;Working hours</source>
        <translation>&amp;Orari di lavoro</translation>
    </message>
    <message>
        <source>A cancellation is late if made wit&amp;hin</source>
        <translation>Una disdetta è tardiva se fatta &amp;entro</translation>
    </message>
    <message>
        <source>A cancellation this many hours or fewer before the start is marked cancelled late</source>
        <translation>Una disdetta fatta entro queste ore dall&apos;inizio è segnata come tardiva</translation>
    </message>
    <message>
        <source>Add a location first.</source>
        <translation>Aggiungi prima una sede.</translation>
    </message>
    <message>
        <source>Away from</source>
        <translation>Assente dal</translation>
    </message>
    <message>
        <source>Away until</source>
        <translation>Assente fino al</translation>
    </message>
    <message>
        <source>Book set-up — acudesk</source>
        <translation>Configurazione dell&apos;agenda — acudesk</translation>
    </message>
    <message>
        <source>Breaks (e.g. 13:00-14:00)</source>
        <translation>Pause (es. 13:00-14:00)</translation>
    </message>
    <message>
        <source>Choose a practitioner in the list.</source>
        <translation>Scegli un operatore nell&apos;elenco.</translation>
    </message>
    <message>
        <source>Choose who is away, or the whole location for a closure.</source>
        <translation>Scegli chi è assente, o l&apos;intera sede per una chiusura.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Cleaning &amp;after</source>
        <translation>Pulizia &amp;dopo</translation>
    </message>
    <message>
        <source>Cleaning after</source>
        <translation>Pulizia dopo</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Colo&amp;ur</source>
        <translation>Colo&amp;re</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colore</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>De&amp;vices</source>
        <translation>A&amp;pparecchi</translation>
    </message>
    <message>
        <source>Device kind</source>
        <translation>Tipo di apparecchio</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nome dell&apos;apparecchio</translation>
    </message>
    <message>
        <source>Device needed</source>
        <translation>Apparecchio necessario</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Apparecchi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dalle</translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation>Dura</translation>
    </message>
    <message>
        <source>Late cancellation hours</source>
        <translation>Ore per la disdetta tardiva</translation>
    </message>
    <message>
        <source>Location name</source>
        <translation>Nome della sede</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Sedi</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>No&amp;me</translation>
    </message>
    <message>
        <source>Needles in (&amp;practitioner free)</source>
        <translation>Aghi in posa (operatore &amp;libero)</translation>
    </message>
    <message>
        <source>Needles in after</source>
        <translation>Aghi inseriti dopo</translation>
    </message>
    <message>
        <source>Needs a dev&amp;ice</source>
        <translation>Richiede un appar&amp;ecchio</translation>
    </message>
    <message>
        <source>No device</source>
        <translation>Nessun apparecchio</translation>
    </message>
    <message>
        <source>Only an administrator changes the book&apos;s set-up.</source>
        <translation>Solo un amministratore modifica la configurazione dell&apos;agenda.</translation>
    </message>
    <message>
        <source>Open less than the location: its own hours</source>
        <translation>Aperta meno della sede: un orario proprio</translation>
    </message>
    <message>
        <source>Open on {day}</source>
        <translation>Aperto {day}</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Orario di apertura</translation>
    </message>
    <message>
        <source>Own hours</source>
        <translation>Orario proprio</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Operatori</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>Moti&amp;vo</translation>
    </message>
    <message>
        <source>R&amp;ooms</source>
        <translation>S&amp;tanze</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ri&amp;muovi</translation>
    </message>
    <message>
        <source>Re&amp;tention</source>
        <translation>&amp;Posa</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Posa</translation>
    </message>
    <message>
        <source>Room hours</source>
        <translation>Orario della stanza</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Nome della stanza</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Stanze</translation>
    </message>
    <message>
        <source>Save r&amp;ule</source>
        <translation>Salva la re&amp;gola</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>Servi&amp;ces</source>
        <translation>Ser&amp;vizi</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Nome del servizio</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servizi</translation>
    </message>
    <message>
        <source>Set-up &amp;before</source>
        <translation>Preparazione &amp;prima</translation>
    </message>
    <message>
        <source>Set-up before</source>
        <translation>Preparazione prima</translation>
    </message>
    <message>
        <source>Set-up sections</source>
        <translation>Sezioni della configurazione</translation>
    </message>
    <message>
        <source>The time off must end after it starts.</source>
        <translation>L&apos;assenza deve finire dopo l&apos;inizio.</translation>
    </message>
    <message>
        <source>The whole location (closed)</source>
        <translation>Tutta la sede (chiusa)</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Fuso orario</translation>
    </message>
    <message>
        <source>Time o&amp;ff and closures</source>
        <translation>Assen&amp;ze e chiusure</translation>
    </message>
    <message>
        <source>Time off and closures</source>
        <translation>Assenze e chiusure</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>What the book knows: locations and their hours, rooms, devices, the services offered, who works when, and time off. Nothing an appointment points to is deleted: it is made inactive.</source>
        <translation>Ciò che l&apos;agenda conosce: le sedi e i loro orari, le stanze, gli apparecchi, i servizi offerti, chi lavora quando e le assenze. Nulla a cui rimanda un appuntamento viene eliminato: viene reso inattivo.</translation>
    </message>
    <message>
        <source>Who is away</source>
        <translation>Chi è assente</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Orari di lavoro</translation>
    </message>
    <message>
        <source>after </source>
        <translation>dopo </translation>
    </message>
    <message>
        <source>e.g. Blue room</source>
        <translation>es. Stanza blu</translation>
    </message>
    <message>
        <source>e.g. Facial acupuncture</source>
        <translation>per esempio Agopuntura del viso</translation>
    </message>
    <message>
        <source>e.g. Holiday, training</source>
        <translation>es. Ferie, formazione</translation>
    </message>
    <message>
        <source>e.g. Stimulator 1</source>
        <translation>es. Stimolatore 1</translation>
    </message>
    <message>
        <source>e.g. Willow Street</source>
        <translation>es. Via dei Salici</translation>
    </message>
    <message>
        <source>e.g. electro-stimulator</source>
        <translation>es. elettrostimolatore</translation>
    </message>
    <message>
        <source>for </source>
        <translation>per </translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>{day} breaks</source>
        <translation>{day} pause</translation>
    </message>
    <message>
        <source>{day} from</source>
        <translation>{day} dalle</translation>
    </message>
    <message>
        <source>{day} to</source>
        <translation>{day} alle</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (inattivo)</translation>
    </message>
    <message>
        <source>{name} · {minutes} min</source>
        <translation>{name} · {minutes} min</translation>
    </message>
    <message>
        <source>{start} to {end} · {who}</source>
        <translation>dal {start} al {end} · {who}</translation>
    </message>
</context>
<context>
    <name>BookSetupTab</name>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Disattiva</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuovo</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Ricar&amp;ica</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>At &amp;location</source>
        <translation>Nella &amp;sede</translation>
    </message>
    <message>
        <source>At location</source>
        <translation>Nella sede</translation>
    </message>
    <message>
        <source>Read again what is saved (after another computer changed it)</source>
        <translation>Rileggi ciò che è salvato (dopo che un altro computer l&apos;ha modificato)</translation>
    </message>
    <message>
        <source>Set-up message</source>
        <translation>Messaggio della configurazione</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message numerus="yes">
        <source>%n session(s) clash. Tick the alternatives to take, then press Book.</source>
        <translation>
            <numerusform>%n seduta si sovrappone. Spunta le alternative da prendere, poi premi Prenota.</numerusform>
            <numerusform>%n sedute si sovrappongono. Spunta le alternative da prendere, poi premi Prenota.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Prenota</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>&amp;Find next free</source>
        <translation>Trova il prossimo &amp;libero</translation>
    </message>
    <message>
        <source>&amp;Practitioner</source>
        <translation>&amp;Operatore</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Stanza</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>Ser&amp;vizio</translation>
    </message>
    <message>
        <source>Accept &amp;every alternative</source>
        <translation>Accetta &amp;tutte le alternative</translation>
    </message>
    <message>
        <source>Any free room</source>
        <translation>Qualsiasi stanza libera</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Chiunque</translation>
    </message>
    <message>
        <source>Booking message</source>
        <translation>Messaggio della prenotazione</translation>
    </message>
    <message>
        <source>Choose the client: type part of their name.</source>
        <translation>Scegli il cliente: scrivi parte del nome.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Every 2 weeks</source>
        <translation>Ogni 2 settimane</translation>
    </message>
    <message>
        <source>Every 4 weeks</source>
        <translation>Ogni 4 settimane</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Ogni settimana</translation>
    </message>
    <message>
        <source>Fill in the next time that is free for this service, practitioner and room (Alt+F; again for the one after)</source>
        <translation>Inserisce il prossimo orario libero per questo servizio, operatore e stanza (Alt+L; di nuovo per quello dopo)</translation>
    </message>
    <message>
        <source>Free: {slot}. Press Book to take it, or Find next free for the one after.</source>
        <translation>Libero: {slot}. Premi Prenota per fissarlo, o Trova il prossimo libero per quello dopo.</translation>
    </message>
    <message>
        <source>Matching clients</source>
        <translation>Clienti trovati</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>New appointment — acudesk</source>
        <translation>Nuovo appuntamento — acudesk</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Nessuna stanza</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is free for that in the next %n week(s).</source>
        <translation>
            <numerusform>Nelle prossime %n settimana non c&apos;è nulla di libero per questa scelta.</numerusform>
            <numerusform>Nelle prossime %n settimane non c&apos;è nulla di libero per questa scelta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Ripeti ogni</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Stanza</translation>
    </message>
    <message>
        <source>S&amp;tarts</source>
        <translation>&amp;Inizio</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>Se&amp;dute</translation>
    </message>
    <message>
        <source>Sessions of the course</source>
        <translation>Sedute del ciclo</translation>
    </message>
    <message>
        <source>Sessions to book</source>
        <translation>Sedute da prenotare</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>The book has no services yet: set them up first.</source>
        <translation>L&apos;agenda non ha ancora servizi: configurali prima.</translation>
    </message>
    <message>
        <source>The next free time, {when}, is filled in: press Book to take it.</source>
        <translation>Il primo orario libero, {when}, è già inserito: premi Prenota per prenderlo.</translation>
    </message>
    <message>
        <source>Type part of a name, a phone or a date of birth</source>
        <translation>Scrivi parte di un nome, un telefono o una data di nascita</translation>
    </message>
    <message>
        <source>{name} ({minutes} min)</source>
        <translation>{name} ({minutes} min)</translation>
    </message>
    <message>
        <source>{n}. {when}: free</source>
        <translation>{n}. {when}: libero</translation>
    </message>
    <message>
        <source>{n}. {when}: {problem} No free time near.</source>
        <translation>{n}. {when}: {problem} Nessun orario libero vicino.</translation>
    </message>
    <message>
        <source>{n}. {when}: {problem} Tick to take {other} instead.</source>
        <translation>{n}. {when}: {problem} Spunta per prendere invece {other}.</translation>
    </message>
</context>
<context>
    <name>CautionDialog</name>
    <message>
        <source>Caution messages</source>
        <translation>Messaggi di attenzione</translation>
    </message>
    <message>
        <source>Caution: {code} {pinyin}</source>
        <translation>Attenzione: {code} {pinyin}</translation>
    </message>
    <message>
        <source>Place needle</source>
        <translation>Inserisci ago</translation>
    </message>
    <message>
        <source>Point caution</source>
        <translation>Attenzione sul punto</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>To place a needle here, say why it is appropriate today:</source>
        <translation>Per inserire un ago qui, indica perché oggi è opportuno:</translation>
    </message>
    <message>
        <source>e.g. discussed with the client; shallow needling</source>
        <translation>es. discusso con il cliente; infissione superficiale</translation>
    </message>
    <message>
        <source>{code} {pinyin} ({english}) is cautioned for this client</source>
        <translation>{code} {pinyin} ({english}) richiede attenzione per questo cliente</translation>
    </message>
</context>
<context>
    <name>ChartCommands</name>
    <message>
        <source>Add {kind}</source>
        <translation>Aggiungi {kind}</translation>
    </message>
    <message>
        <source>Move placement</source>
        <translation>Sposta inserimento</translation>
    </message>
    <message>
        <source>Pair for electro-stimulation</source>
        <translation>Collega per elettrostimolazione</translation>
    </message>
    <message>
        <source>Remove {kind}</source>
        <translation>Rimuovi {kind}</translation>
    </message>
    <message>
        <source>Unpair</source>
        <translation>Scollega</translation>
    </message>
</context>
<context>
    <name>ChartController</name>
    <message>
        <source>Edit note</source>
        <translation>Modifica nota</translation>
    </message>
    <message>
        <source>Electro-stimulation is not allowed for this client: {why}</source>
        <translation>L&apos;elettrostimolazione non è consentita per questo cliente: {why}</translation>
    </message>
    <message>
        <source>Electro-stimulation not allowed</source>
        <translation>Elettrostimolazione non consentita</translation>
    </message>
    <message>
        <source>Electro-stimulation: take care</source>
        <translation>Elettrostimolazione: attenzione</translation>
    </message>
    <message>
        <source>Needle count</source>
        <translation>Numero di aghi</translation>
    </message>
    <message>
        <source>Pair anyway</source>
        <translation>Collega comunque</translation>
    </message>
    <message>
        <source>Pair these needles anyway?</source>
        <translation>Collegare comunque questi aghi?</translation>
    </message>
    <message>
        <source>Place {code}</source>
        <translation>Inserisci {code}</translation>
    </message>
    <message>
        <source>Place {code} (confirmed)</source>
        <translation>Inserisci {code} (confermato)</translation>
    </message>
    <message>
        <source>Pre-treatment check first</source>
        <translation>Prima il controllo pre-trattamento</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>{action} both sides</source>
        <translation>{action} su entrambi i lati</translation>
    </message>
</context>
<context>
    <name>ChartDialogs</name>
    <message>
        <source>Needles at this spot</source>
        <translation>Aghi in questo punto</translation>
    </message>
    <message>
        <source>Needles:</source>
        <translation>Aghi:</translation>
    </message>
    <message>
        <source>Note on the chart</source>
        <translation>Nota sulla mappa</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
</context>
<context>
    <name>ChartEditorWidget</name>
    <message>
        <source>Add note…</source>
        <translation>Aggiungi nota…</translation>
    </message>
    <message>
        <source>Cancel pairing</source>
        <translation>Annulla collegamento</translation>
    </message>
    <message>
        <source>Chart hint</source>
        <translation>Suggerimento sulla mappa</translation>
    </message>
    <message>
        <source>Click a point to place a needle · Shift-click: free needle · Right-click a needle: more</source>
        <translation>Clic su un punto: inserisci un ago · Maiusc+clic: ago libero · Clic destro su un ago: altro</translation>
    </message>
    <message>
        <source>Click the second needle to pair with {name} · Esc cancels</source>
        <translation>Fai clic sul secondo ago da collegare a {name} · Esc annulla</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Modifica nota…</translation>
    </message>
    <message>
        <source>Needle count</source>
        <translation>Numero di aghi</translation>
    </message>
    <message>
        <source>Needles…</source>
        <translation>Aghi…</translation>
    </message>
    <message>
        <source>Pair for electro-stimulation</source>
        <translation>Collega per elettrostimolazione</translation>
    </message>
    <message>
        <source>Placement menu</source>
        <translation>Menu dell&apos;inserimento</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Inserimenti</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Unpair</source>
        <translation>Scollega</translation>
    </message>
    <message>
        <source>this needle</source>
        <translation>questo ago</translation>
    </message>
</context>
<context>
    <name>ChartHost</name>
    <message>
        <source>Apply protocol {name}</source>
        <translation>Applica protocollo {name}</translation>
    </message>
    <message>
        <source>Point map</source>
        <translation>Mappa dei punti</translation>
    </message>
</context>
<context>
    <name>ChartItems</name>
    <message>
        <source>Caution: {note}</source>
        <translation>Attenzione: {note}</translation>
    </message>
    <message>
        <source>Confirmed: {reason}</source>
        <translation>Confermato: {reason}</translation>
    </message>
    <message>
        <source>⚠ For this client:</source>
        <translation>⚠ Per questo cliente:</translation>
    </message>
</context>
<context>
    <name>ChartLabels</name>
    <message numerus="yes">
        <source>%n needles</source>
        <translation>
            <numerusform>%n ago</numerusform>
            <numerusform>%n aghi</numerusform>
        </translation>
    </message>
    <message>
        <source>Bleeding</source>
        <translation>Sanguinamento</translation>
    </message>
    <message>
        <source>Body, back</source>
        <translation>Corpo, retro</translation>
    </message>
    <message>
        <source>Body, front</source>
        <translation>Corpo, fronte</translation>
    </message>
    <message>
        <source>Bruise</source>
        <translation>Ecchimosi</translation>
    </message>
    <message>
        <source>Face, front</source>
        <translation>Viso, fronte</translation>
    </message>
    <message>
        <source>Face, profile</source>
        <translation>Viso, profilo</translation>
    </message>
    <message>
        <source>Free needle</source>
        <translation>Ago libero</translation>
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
        <source>No needles</source>
        <translation>Nessun ago</translation>
    </message>
    <message>
        <source>Redness</source>
        <translation>Arrossamento</translation>
    </message>
    <message>
        <source>bleeding</source>
        <translation>sanguinamento</translation>
    </message>
    <message>
        <source>bruise</source>
        <translation>ecchimosi</translation>
    </message>
    <message>
        <source>electro</source>
        <translation>elettro</translation>
    </message>
    <message>
        <source>left</source>
        <translation>sinistra</translation>
    </message>
    <message>
        <source>mark</source>
        <translation>segno</translation>
    </message>
    <message>
        <source>midline</source>
        <translation>linea mediana</translation>
    </message>
    <message>
        <source>needle</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>redness</source>
        <translation>arrossamento</translation>
    </message>
    <message>
        <source>right</source>
        <translation>destra</translation>
    </message>
</context>
<context>
    <name>ChartToolBarWidget</name>
    <message>
        <source> Bilateral: </source>
        <translation> Bilaterale: </translation>
    </message>
    <message>
        <source>A bilateral point gets a needle on each side</source>
        <translation>Un punto bilaterale riceve un ago per lato</translation>
    </message>
    <message>
        <source>A bilateral point gets a needle on the side clicked</source>
        <translation>Un punto bilaterale riceve un ago sul lato cliccato</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Entrambi i lati</translation>
    </message>
    <message>
        <source>Click a point to place a needle; Shift-click anywhere for a free needle</source>
        <translation>Fai clic su un punto per inserire un ago; Maiusc+clic ovunque per un ago libero</translation>
    </message>
    <message>
        <source>Click where a bruise is seen</source>
        <translation>Fai clic dove si vede un&apos;ecchimosi</translation>
    </message>
    <message>
        <source>Click where bleeding is seen</source>
        <translation>Fai clic dove si vede un sanguinamento</translation>
    </message>
    <message>
        <source>Click where redness is seen</source>
        <translation>Fai clic dove si vede un arrossamento</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adatta</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lato sinistro</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Ripeti (Ctrl+Maiusc+Z)</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lato destro</translation>
    </message>
    <message>
        <source>Shift-click anywhere for a free mark</source>
        <translation>Maiusc+clic ovunque per un segno libero</translation>
    </message>
    <message>
        <source>Show the whole drawing (Ctrl+0)</source>
        <translation>Mostra tutto il disegno (Ctrl+0)</translation>
    </message>
    <message>
        <source>The client&apos;s left side (the drawing mirrored)</source>
        <translation>Il lato sinistro del cliente (disegno specchiato)</translation>
    </message>
    <message>
        <source>The client&apos;s right side of the face in profile</source>
        <translation>Il lato destro del viso del cliente, di profilo</translation>
    </message>
    <message>
        <source>This side</source>
        <translation>Questo lato</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Annulla l&apos;ultima modifica (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
</context>
<context>
    <name>CheckOutDialog</name>
    <message>
        <source>&amp;Book the next visit…</source>
        <translation>&amp;Prenota la prossima visita…</translation>
    </message>
    <message>
        <source>&amp;Print the aftercare sheet…</source>
        <translation>&amp;Stampa la scheda…</translation>
    </message>
    <message>
        <source>A sheet was given already.</source>
        <translation>Una scheda è già stata consegnata.</translation>
    </message>
    <message>
        <source>AFTERCARE SHEET</source>
        <translation>SCHEDA POST-TRATTAMENTO</translation>
    </message>
    <message>
        <source>Aftercare sheet</source>
        <translation>Scheda post-trattamento</translation>
    </message>
    <message>
        <source>Aftercare {name}</source>
        <translation>Post-trattamento {name}</translation>
    </message>
    <message>
        <source>Booked. Print the sheet now to show the date.</source>
        <translation>Prenotato. Stampa ora la scheda perché riporti la data.</translation>
    </message>
    <message>
        <source>Check out — acudesk</source>
        <translation>Fine visita — acudesk</translation>
    </message>
    <message>
        <source>Check-out message</source>
        <translation>Messaggio di fine visita</translation>
    </message>
    <message>
        <source>Client checking out</source>
        <translation>Cliente in uscita</translation>
    </message>
    <message>
        <source>NEXT VISIT</source>
        <translation>PROSSIMA VISITA</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Prossimo appuntamento</translation>
    </message>
    <message>
        <source>No session was charted for this visit.</source>
        <translation>Per questa visita non è stata registrata alcuna seduta.</translation>
    </message>
    <message>
        <source>Not printed yet.</source>
        <translation>Non ancora stampata.</translation>
    </message>
    <message>
        <source>Nothing booked yet.</source>
        <translation>Ancora nessuna prenotazione.</translation>
    </message>
    <message>
        <source>The aftercare sheet went to the printer.</source>
        <translation>La scheda post-trattamento è stata inviata alla stampante.</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>{service}, {status}</source>
        <translation>{service}, {status}</translation>
    </message>
    <message>
        <source>{weekday} {day} at {time}</source>
        <translation>{weekday} {day} alle {time}</translation>
    </message>
</context>
<context>
    <name>ClientAppointmentsTableModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Operatore</translation>
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
        <translation>Orario</translation>
    </message>
</context>
<context>
    <name>ClientAppointmentsWidget</name>
    <message numerus="yes">
        <source>%n appointment(s) from today on.</source>
        <translation>
            <numerusform>%n appuntamento da oggi in poi.</numerusform>
            <numerusform>%n appuntamenti da oggi in poi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointments from today</source>
        <translation>Appuntamenti da oggi</translation>
    </message>
    <message>
        <source>Appointments message</source>
        <translation>Messaggio degli appuntamenti</translation>
    </message>
    <message>
        <source>Nothing booked from today on.</source>
        <translation>Nessun appuntamento da oggi in poi.</translation>
    </message>
    <message>
        <source>The book has no location yet: an administrator sets it up on the Book.</source>
        <translation>L&apos;agenda non ha ancora una sede: la configura un amministratore nell&apos;Agenda.</translation>
    </message>
    <message>
        <source>Upcoming appointments</source>
        <translation>Prossimi appuntamenti</translation>
    </message>
</context>
<context>
    <name>ClientFormWidget</name>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Data di nascita</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Genere</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Cognome</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Preferred name</source>
        <translation>Nome &amp;preferito</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>&amp;Indirizzo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Address message</source>
        <translation>Messaggio sull&apos;indirizzo</translation>
    </message>
    <message>
        <source>Anything reception should know (not clinical history: that goes in the intake)</source>
        <translation>Ciò che la reception deve sapere (non la storia clinica: quella va nell&apos;anamnesi)</translation>
    </message>
    <message>
        <source>Appointment reminders by &amp;SMS</source>
        <translation>Promemoria degli appuntamenti via &amp;SMS</translation>
    </message>
    <message>
        <source>Appointment reminders by ema&amp;il</source>
        <translation>Promemoria degli appuntamenti via e-ma&amp;il</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivia</translation>
    </message>
    <message>
        <source>Archived at {time}</source>
        <translation>Archiviato alle {time}</translation>
    </message>
    <message>
        <source>Beauty salon or spa</source>
        <translation>Centro estetico o spa</translation>
    </message>
    <message>
        <source>CLINIC</source>
        <translation>STUDIO</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>CONTATTI</translation>
    </message>
    <message>
        <source>Client form message</source>
        <translation>Messaggio della scheda cliente</translation>
    </message>
    <message>
        <source>Clinic website</source>
        <translation>Sito del centro</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Date of birth hint</source>
        <translation>Suggerimento sulla data di nascita</translation>
    </message>
    <message>
        <source>Date of birth message</source>
        <translation>Messaggio sulla data di nascita</translation>
    </message>
    <message>
        <source>Discard mine and reload</source>
        <translation>Scarta le mie e ricarica</translation>
    </message>
    <message>
        <source>Doctor or therapist</source>
        <translation>Medico o terapista</translation>
    </message>
    <message>
        <source>E&amp;mergency contact</source>
        <translation>Contatto di &amp;emergenza</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Email message</source>
        <translation>Messaggio sull&apos;email</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contatto di emergenza</translation>
    </message>
    <message>
        <source>Emergency contact message</source>
        <translation>Messaggio sul contatto di emergenza</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Donna</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>First name message</source>
        <translation>Messaggio sul nome</translation>
    </message>
    <message>
        <source>Friend or family</source>
        <translation>Amici o familiari</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genere</translation>
    </message>
    <message>
        <source>Gender message</source>
        <translation>Messaggio sul genere</translation>
    </message>
    <message>
        <source>Google search</source>
        <translation>Ricerca su Google</translation>
    </message>
    <message>
        <source>Handout lan&amp;guage</source>
        <translation>&amp;Lingua delle schede</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>Lingua delle schede</translation>
    </message>
    <message>
        <source>Handout language message</source>
        <translation>Messaggio sulla lingua delle schede</translation>
    </message>
    <message>
        <source>Hide this client from searches. Nothing is deleted; Restore brings them back.</source>
        <translation>Nasconde il cliente dalle ricerche. Non si cancella nulla; Ripristina lo riporta.</translation>
    </message>
    <message>
        <source>How they &amp;heard of us</source>
        <translation>Come ci ha &amp;conosciuto</translation>
    </message>
    <message>
        <source>How they heard of us</source>
        <translation>Come ci ha conosciuto</translation>
    </message>
    <message>
        <source>How they heard of us message</source>
        <translation>Messaggio su come ci ha conosciuto</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Last name message</source>
        <translation>Messaggio sul cognome</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Uomo</translation>
    </message>
    <message>
        <source>Mobile or landline</source>
        <translation>Cellulare o fisso</translation>
    </message>
    <message>
        <source>Name, relationship and phone</source>
        <translation>Nome, parentela e telefono</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non binario</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes message</source>
        <translation>Messaggio sulle note</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <source>PERSONAL</source>
        <translation>DATI PERSONALI</translation>
    </message>
    <message>
        <source>Ph&amp;ysician</source>
        <translation>&amp;Medico curante</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Phone message</source>
        <translation>Messaggio sul telefono</translation>
    </message>
    <message>
        <source>Physician</source>
        <translation>Medico curante</translation>
    </message>
    <message>
        <source>Physician message</source>
        <translation>Messaggio sul medico curante</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Preferisce non dirlo</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nome preferito</translation>
    </message>
    <message>
        <source>Preferred name message</source>
        <translation>Messaggio sul nome preferito</translation>
    </message>
    <message>
        <source>Register client</source>
        <translation>Registra cliente</translation>
    </message>
    <message>
        <source>Registered at {time}</source>
        <translation>Registrato alle {time}</translation>
    </message>
    <message>
        <source>Reload their version?</source>
        <translation>Ricaricare la loro versione?</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>Ricarica la loro</translation>
    </message>
    <message>
        <source>Reload theirs…</source>
        <translation>Ricarica la loro…</translation>
    </message>
    <message>
        <source>Reminders by SMS</source>
        <translation>Promemoria via SMS</translation>
    </message>
    <message>
        <source>Reminders by SMS message</source>
        <translation>Messaggio sui promemoria via SMS</translation>
    </message>
    <message>
        <source>Reminders by email</source>
        <translation>Promemoria via e-mail</translation>
    </message>
    <message>
        <source>Reminders by email message</source>
        <translation>Messaggio sui promemoria via e-mail</translation>
    </message>
    <message>
        <source>Replace what you typed with the version saved on the other computer</source>
        <translation>Sostituisci ciò che hai scritto con la versione salvata sull&apos;altro computer</translation>
    </message>
    <message>
        <source>Replace what you typed with the version saved on the other computer? Your changes will be lost.</source>
        <translation>Sostituire ciò che hai scritto con la versione salvata sull&apos;altro computer? Le tue modifiche andranno perse.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Restored at {time}</source>
        <translation>Ripristinato alle {time}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Salva (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salva modifiche</translation>
    </message>
    <message>
        <source>Save client</source>
        <translation>Salva cliente</translation>
    </message>
    <message>
        <source>Save refused</source>
        <translation>Salvataggio rifiutato</translation>
    </message>
    <message>
        <source>Save refused message</source>
        <translation>Messaggio sul salvataggio rifiutato</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvato</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Salvato alle {time}</translation>
    </message>
    <message>
        <source>Street, town, postcode</source>
        <translation>Via, città, CAP</translation>
    </message>
    <message>
        <source>The client agreed to be reminded of appointments this way (the day they agreed is kept)</source>
        <translation>Il cliente ha acconsentito a ricevere così i promemoria degli appuntamenti (si conserva il giorno del consenso)</translation>
    </message>
    <message>
        <source>Their doctor or GP practice</source>
        <translation>Il suo medico o lo studio del medico di base</translation>
    </message>
    <message>
        <source>Walked past</source>
        <translation>Passava di qui</translation>
    </message>
    <message>
        <source>What they like to be called</source>
        <translation>Come preferisce essere chiamato</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@esempio.it</translation>
    </message>
</context>
<context>
    <name>ClientFormatting</name>
    <message numerus="yes">
        <source>%n years old</source>
        <translation>
            <numerusform>%n anno</numerusform>
            <numerusform>%n anni</numerusform>
        </translation>
    </message>
    <message>
        <source>Day/month/year, e.g. {example}</source>
        <translation>Giorno/mese/anno, es. {example}</translation>
    </message>
    <message>
        <source>Month/day/year, e.g. {example}</source>
        <translation>Mese/giorno/anno, es. {example}</translation>
    </message>
    <message>
        <source>No date of birth, phone or email on record</source>
        <translation>Nessuna data di nascita, telefono o email registrati</translation>
    </message>
    <message>
        <source>The client agreed to these reminders on {date}.</source>
        <translation>Il cliente ha acconsentito a questi promemoria il {date}.</translation>
    </message>
    <message>
        <source>Tick when the client agrees to be reminded of appointments this way; the day is kept.</source>
        <translation>Spunti quando il cliente acconsente a ricevere così i promemoria degli appuntamenti; il giorno viene conservato.</translation>
    </message>
    <message>
        <source>agreed on {date}</source>
        <translation>consenso del {date}</translation>
    </message>
    <message>
        <source>{age} · born {date}</source>
        <translation>{age} · nato il {date}</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>&amp;Book appointment…</source>
        <translation>P&amp;renota appuntamento…</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Dati</translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation>&amp;Anamnesi</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sedute</translation>
    </message>
    <message>
        <source>ARCHIVED</source>
        <translation>ARCHIVIATO</translation>
    </message>
    <message>
        <source>Appoin&amp;tments</source>
        <translation>App&amp;untamenti</translation>
    </message>
    <message>
        <source>Archived client</source>
        <translation>Cliente archiviato</translation>
    </message>
    <message>
        <source>Back to clients</source>
        <translation>Torna ai clienti</translation>
    </message>
    <message>
        <source>Back to the client list (Esc)</source>
        <translation>Torna all&apos;elenco dei clienti (Esc)</translation>
    </message>
    <message>
        <source>Book an appointment for this client (Ctrl+B)</source>
        <translation>Prenota un appuntamento per questo cliente (Ctrl+B)</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nome del cliente</translation>
    </message>
    <message>
        <source>Client not available</source>
        <translation>Cliente non disponibile</translation>
    </message>
    <message>
        <source>Client record</source>
        <translation>Scheda del cliente</translation>
    </message>
    <message>
        <source>Client summary</source>
        <translation>Riepilogo del cliente</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Scarta le modifiche</translation>
    </message>
    <message>
        <source>Fill in what the client tells you; only a name is required.</source>
        <translation>Inserisci ciò che il cliente ti dice; serve solo il nome.</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Uscire senza salvare?</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nuovo cliente</translation>
    </message>
    <message>
        <source>Register the client first</source>
        <translation>Prima registra il cliente</translation>
    </message>
    <message>
        <source>You changed this client&apos;s details without saving. Leave and lose the changes?</source>
        <translation>Hai modificato i dati del cliente senza salvare. Uscire e perdere le modifiche?</translation>
    </message>
    <message>
        <source>‹  Clients</source>
        <translation>‹  Clienti</translation>
    </message>
</context>
<context>
    <name>ClientsScreen</name>
    <message numerus="yes">
        <source>%Ln clients</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clienti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clients match “{query}”</source>
        <translation>
            <numerusform>%Ln cliente corrisponde a «{query}»</numerusform>
            <numerusform>%Ln clienti corrispondono a «{query}»</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived clients are not searched: tick Show archived to include them.</source>
        <translation>I clienti archiviati non vengono cercati: spunta Mostra archiviati per includerli.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Clients list</source>
        <translation>Elenco dei clienti</translation>
    </message>
    <message>
        <source>Clients message</source>
        <translation>Messaggio sui clienti</translation>
    </message>
    <message>
        <source>Clients shown</source>
        <translation>Clienti mostrati</translation>
    </message>
    <message>
        <source>Ctrl+F. Press Enter to open the highlighted client, Down to move into the list.</source>
        <translation>Ctrl+F. Premi Invio per aprire il cliente evidenziato, Giù per passare all&apos;elenco.</translation>
    </message>
    <message numerus="yes">
        <source>First %Ln shown, in name order; scroll for more</source>
        <translation>
            <numerusform>Mostrato il primo, in ordine di nome; scorri per altri</numerusform>
            <numerusform>Mostrati i primi %Ln, in ordine di nome; scorri per altri</numerusform>
        </translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nuovo cliente</translation>
    </message>
    <message>
        <source>No client matches “{query}”. Press Ctrl+N to register a new client.</source>
        <translation>Nessun cliente corrisponde a «{query}». Premi Ctrl+N per registrare un nuovo cliente.</translation>
    </message>
    <message>
        <source>No clients found</source>
        <translation>Nessun cliente trovato</translation>
    </message>
    <message>
        <source>No clients to show. Press Ctrl+N to register a new client.</source>
        <translation>Nessun cliente da mostrare. Premi Ctrl+N per registrare un nuovo cliente.</translation>
    </message>
    <message>
        <source>Register a new client (Ctrl+N)</source>
        <translation>Registra un nuovo cliente (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Cerca clienti</translation>
    </message>
    <message>
        <source>Search name, phone, email or date of birth</source>
        <translation>Cerca per nome, telefono, email o data di nascita</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Mostra &amp;archiviati</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Mostra archiviati</translation>
    </message>
</context>
<context>
    <name>ClientsTableModel</name>
    <message>
        <source>Archived client</source>
        <translation>Cliente archiviato</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>{name}  · archived</source>
        <translation>{name}  · archiviato</translation>
    </message>
</context>
<context>
    <name>ConditionRows</name>
    <message>
        <source>Controlled</source>
        <translation>Sotto controllo</translation>
    </message>
    <message>
        <source>Controlled?</source>
        <translation>Sotto controllo?</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>How often?</source>
        <translation>Quanto spesso?</translation>
    </message>
    <message>
        <source>Not controlled</source>
        <translation>Non sotto controllo</translation>
    </message>
    <message>
        <source>Since when, or when did it stop?</source>
        <translation>Da quando, o quando l&apos;ha sospesa?</translation>
    </message>
    <message>
        <source>Where?</source>
        <translation>Dove?</translation>
    </message>
    <message>
        <source>Which area?</source>
        <translation>Quale zona?</translation>
    </message>
    <message>
        <source>Which condition or medicine?</source>
        <translation>Quale condizione o farmaco?</translation>
    </message>
    <message>
        <source>Which condition?</source>
        <translation>Quale condizione?</translation>
    </message>
    <message>
        <source>Which device?</source>
        <translation>Quale dispositivo?</translation>
    </message>
    <message>
        <source>Which limb or side?</source>
        <translation>Quale arto o lato?</translation>
    </message>
    <message>
        <source>Which medicine?</source>
        <translation>Quale farmaco?</translation>
    </message>
    <message>
        <source>Which one?</source>
        <translation>Quale?</translation>
    </message>
    <message>
        <source>Which, and what treatment?</source>
        <translation>Quale, e con quale terapia?</translation>
    </message>
</context>
<context>
    <name>ConditionSuggestions</name>
    <message>
        <source>Suggested conditions</source>
        <translation>Condizioni suggerite</translation>
    </message>
    <message>
        <source>Suggested conditions from the lists</source>
        <translation>Condizioni suggerite dagli elenchi</translation>
    </message>
    <message>
        <source>Tick &apos;{condition}&apos;</source>
        <translation>Spunta «{condition}»</translation>
    </message>
    <message>
        <source>Tick it</source>
        <translation>Spunta</translation>
    </message>
</context>
<context>
    <name>ConfirmDiscard</name>
    <message>
        <source>Keep editing</source>
        <translation>Continua a modificare</translation>
    </message>
</context>
<context>
    <name>ConsentQuestion</name>
    <message>
        <source>Go back</source>
        <translation>Torna indietro</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Salva comunque</translation>
    </message>
    <message>
        <source>Save without consent?</source>
        <translation>Salvare senza consenso?</translation>
    </message>
    <message>
        <source>The client has not consented to treatment.</source>
        <translation>Il cliente non ha dato il consenso al trattamento.</translation>
    </message>
    <message>
        <source>The client has not signed the intake.</source>
        <translation>Il cliente non ha firmato l&apos;anamnesi.</translation>
    </message>
    <message>
        <source>Without consent and a signature no practitioner should treat this client. Save the intake anyway, and get the consent and signature before any treatment?</source>
        <translation>Senza consenso e firma nessun operatore dovrebbe trattare questo cliente. Salvare comunque l&apos;anamnesi, e raccogliere consenso e firma prima di qualsiasi trattamento?</translation>
    </message>
</context>
<context>
    <name>ConsentTextDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Clients read this on the intake form before they tick consent and sign. Intakes already signed keep the text they were signed with on their printed summary.</source>
        <translation>I clienti lo leggono nell&apos;anamnesi prima di spuntare il consenso e firmare. Le anamnesi già firmate conservano, nel riepilogo stampato, il testo con cui sono state firmate.</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Testo del consenso</translation>
    </message>
    <message>
        <source>Consent text message</source>
        <translation>Messaggio sul testo del consenso</translation>
    </message>
    <message>
        <source>Informed-consent text</source>
        <translation>Testo del consenso informato</translation>
    </message>
    <message>
        <source>Use the &amp;standard text</source>
        <translation>Usa il testo &amp;standard</translation>
    </message>
</context>
<context>
    <name>CourseControls</name>
    <message>
        <source>  ·  closed</source>
        <translation>  ·  chiuso</translation>
    </message>
    <message>
        <source>Close course</source>
        <translation>Chiudi il ciclo</translation>
    </message>
    <message>
        <source>Close this course and plan the next one</source>
        <translation>Chiudi questo ciclo e pianifica il prossimo</translation>
    </message>
    <message>
        <source>New c&amp;ourse…</source>
        <translation>Nuovo c&amp;iclo…</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Nuovo ciclo</translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation>Sedute previste</translation>
    </message>
    <message>
        <source>Planned sessions:</source>
        <translation>Sedute previste:</translation>
    </message>
    <message>
        <source>Start the course</source>
        <translation>Inizia il ciclo</translation>
    </message>
    <message>
        <source>The current course is closed and the next session is the first of the new one.</source>
        <translation>Il ciclo attuale viene chiuso e la prossima seduta è la prima del nuovo.</translation>
    </message>
    <message>
        <source>This course is over: the next session starts a new one</source>
        <translation>Questo ciclo è finito: la prossima seduta ne inizia uno nuovo</translation>
    </message>
</context>
<context>
    <name>CrashBox</name>
    <message>
        <source>A report for whoever looks after acudesk, without health data, is in:
{path}</source>
        <translation>Un rapporto per chi si occupa di acudesk, senza dati sanitari, si trova in:
{path}</translation>
    </message>
    <message>
        <source>Something went wrong inside acudesk. What you were doing may not have been saved: check it, and try again.</source>
        <translation>Qualcosa non ha funzionato in acudesk. Quello che stavi facendo potrebbe non essere stato salvato: controlla e riprova.</translation>
    </message>
    <message>
        <source>acudesk hit a problem</source>
        <translation>acudesk ha avuto un problema</translation>
    </message>
</context>
<context>
    <name>DatabaseText</name>
    <message>
        <source>Local file: {path}</source>
        <translation>File locale: {path}</translation>
    </message>
    <message>
        <source>Server: {database} on {host}</source>
        <translation>Server: {database} su {host}</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>in memoria</translation>
    </message>
</context>
<context>
    <name>DraftsPrompt</name>
    <message numerus="yes">
        <source> (%n more unfinished intakes after this one.)</source>
        <translation>
            <numerusform> (dopo questa c&apos;è ancora %n anamnesi non finita.)</numerusform>
            <numerusform> (dopo questa ci sono ancora %n anamnesi non finite.)</numerusform>
        </translation>
    </message>
    <message>
        <source> (saved {time})</source>
        <translation> (salvata alle {time})</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Resume it to finish and save, or discard what was typed.</source>
        <translation>Riprendila per finirla e salvarla, oppure scarta ciò che è stato scritto.</translation>
    </message>
    <message>
        <source>Unfinished intake</source>
        <translation>Anamnesi non finita</translation>
    </message>
    <message>
        <source>You have an unfinished intake for {name}{saved}.</source>
        <translation>Hai un&apos;anamnesi non finita di {name}{saved}.</translation>
    </message>
</context>
<context>
    <name>DuplicateClientsDialog</name>
    <message>
        <source>Already registered?</source>
        <translation>Già registrato?</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviato</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Torna alla scheda</translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation>Nato il {date}</translation>
    </message>
    <message>
        <source>Match {name}</source>
        <translation>Corrispondenza {name}</translation>
    </message>
    <message>
        <source>No date of birth on record</source>
        <translation>Nessuna data di nascita registrata</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Apri {name}</translation>
    </message>
    <message>
        <source>Save as a new client</source>
        <translation>Salva come nuovo cliente</translation>
    </message>
    <message>
        <source>Someone with the same name and date of birth, the same phone or the same email is already registered. Open their record rather than creating a second one; save as a new client only if this is a different person.</source>
        <translation>È già registrata una persona con lo stesso nome e data di nascita, lo stesso telefono o la stessa email. Apri la sua scheda invece di crearne una seconda; salva come nuovo cliente solo se è un&apos;altra persona.</translation>
    </message>
    <message>
        <source>This may be a client you already have</source>
        <translation>Potrebbe essere un cliente che hai già</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
</context>
<context>
    <name>EventsTable</name>
    <message>
        <source>Event {number} kind</source>
        <translation>Tipo dell&apos;evento {number}</translation>
    </message>
    <message>
        <source>Event {number} severity</source>
        <translation>Gravità dell&apos;evento {number}</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Lieve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderata</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
</context>
<context>
    <name>ExportClients</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation>Esporta clienti</translation>
    </message>
    <message>
        <source>{path} cannot be written: {reason}.</source>
        <translation>Impossibile scrivere {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Indirizzo</translation>
    </message>
    <message>
        <source>&amp;Confirm password</source>
        <translation>&amp;Conferma password</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Paese</translation>
    </message>
    <message>
        <source>&amp;Dates are typed as</source>
        <translation>Le &amp;date si scrivono come</translation>
    </message>
    <message>
        <source>&amp;Language of the screens</source>
        <translation>&amp;Lingua delle schermate</translation>
    </message>
    <message>
        <source>&amp;Paper for handouts</source>
        <translation>&amp;Carta per le schede</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>Nome &amp;utente</translation>
    </message>
    <message>
        <source>&lt;p&gt;acudesk keeps your clients, their intake forms, treatment charts and aftercare sheets in one place.&lt;/p&gt;&lt;p&gt;On the next pages you will enter:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the clinic&apos;s name, address and phone number, as printed on handouts;&lt;/li&gt;&lt;li&gt;the first administrator account: the person who adds the other users and makes backups.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;You can change the clinic details later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;acudesk raccoglie in un solo posto i tuoi clienti, le loro anamnesi, le mappe dei trattamenti e le schede post-trattamento.&lt;/p&gt;&lt;p&gt;Nelle prossime pagine inserirai:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;nome, indirizzo e telefono dello studio, come compaiono sulle schede;&lt;/li&gt;&lt;li&gt;il primo account amministratore: la persona che aggiunge gli altri utenti ed esegue i backup.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Potrai modificare i dati dello studio in seguito.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Address message</source>
        <translation>Messaggio sull&apos;indirizzo</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <source>As it should appear on screen, e.g. Olivia Owner</source>
        <translation>Come deve comparire sullo schermo, es. Giulia Rossi</translation>
    </message>
    <message>
        <source>Check the details below, then press Finish to create the clinic.</source>
        <translation>Controlla i dati qui sotto, poi premi Fine per creare lo studio.</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation>&amp;Nome dello studio</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nome dello studio</translation>
    </message>
    <message>
        <source>Clinic name message</source>
        <translation>Messaggio sul nome dello studio</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Conferma password</translation>
    </message>
    <message>
        <source>Confirm password message</source>
        <translation>Messaggio sulla conferma della password</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Country and formats</source>
        <translation>Paese e formati</translation>
    </message>
    <message>
        <source>Country message</source>
        <translation>Messaggio del paese</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Ordine della data</translation>
    </message>
    <message>
        <source>Date order message</source>
        <translation>Messaggio dell&apos;ordine delle date</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Formato delle date</translation>
    </message>
    <message>
        <source>How phone numbers and dates are read, and the paper handouts are printed on. You can change them later in Settings.</source>
        <translation>Come si leggono i numeri di telefono e le date, e su che carta si stampano le schede. Puoi cambiarli più tardi nelle Impostazioni.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Let&apos;s get your clinic ready. This takes about a minute.</source>
        <translation>Prepariamo il tuo studio. Ci vuole circa un minuto.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Formato carta</translation>
    </message>
    <message>
        <source>Paper size message</source>
        <translation>Messaggio sul formato carta</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password message</source>
        <translation>Messaggio sulla password</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Phone message</source>
        <translation>Messaggio sul telefono</translation>
    </message>
    <message>
        <source>Phone numbers typed without a +country code are read as numbers of this country.</source>
        <translation>I numeri di telefono scritti senza prefisso +internazionale si leggono come numeri di questo paese.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Set up acudesk</source>
        <translation>Configura acudesk</translation>
    </message>
    <message>
        <source>Set-up message</source>
        <translation>Messaggio della configurazione</translation>
    </message>
    <message>
        <source>Street, town and postcode, one per line</source>
        <translation>Via, città e CAP, uno per riga</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>L&apos;amministratore</translation>
    </message>
    <message>
        <source>The first account. An administrator adds the other users and can make backups.</source>
        <translation>Il primo account. Un amministratore aggiunge gli altri utenti e può eseguire i backup.</translation>
    </message>
    <message>
        <source>The two passwords are different. Type them again.</source>
        <translation>Le due password sono diverse. Scrivile di nuovo.</translation>
    </message>
    <message>
        <source>These details appear in the title bar and on every aftercare handout.</source>
        <translation>Questi dati compaiono nella barra del titolo e su ogni scheda post-trattamento.</translation>
    </message>
    <message>
        <source>Used to sign in, e.g. olivia</source>
        <translation>Serve per accedere, es. giulia</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Username message</source>
        <translation>Messaggio sul nome utente</translation>
    </message>
    <message>
        <source>Welcome to acudesk</source>
        <translation>Benvenuto in acudesk</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Il tuo &amp;nome</translation>
    </message>
    <message>
        <source>Your clinic</source>
        <translation>Il tuo studio</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <source>Your name message</source>
        <translation>Messaggio sul tuo nome</translation>
    </message>
    <message>
        <source>e.g. +44 20 7946 0000</source>
        <translation>es. +39 02 1234 5678</translation>
    </message>
    <message>
        <source>e.g. Willow Skin &amp; Acupuncture</source>
        <translation>es. Studio Salice Pelle &amp; Agopuntura</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indicato</translation>
    </message>
    <message>
        <source>{name} (signs in as &lt;b&gt;{username}&lt;/b&gt;)</source>
        <translation>{name} (accede come &lt;b&gt;{username}&lt;/b&gt;)</translation>
    </message>
</context>
<context>
    <name>FreeSlotDialog</name>
    <message>
        <source>&amp;Book…</source>
        <translation>&amp;Prenota…</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dalle</translation>
    </message>
    <message>
        <source>&amp;Later times</source>
        <translation>Orari s&amp;uccessivi</translation>
    </message>
    <message>
        <source>&amp;Practitioner</source>
        <translation>&amp;Operatore</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Stanza</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>Ser&amp;vizio</translation>
    </message>
    <message>
        <source>Any room</source>
        <translation>Qualsiasi stanza</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Chiunque</translation>
    </message>
    <message>
        <source>Finder message</source>
        <translation>Messaggio della ricerca</translation>
    </message>
    <message>
        <source>Free &amp;times</source>
        <translation>Orari li&amp;beri</translation>
    </message>
    <message>
        <source>Free times</source>
        <translation>Orari liberi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dalle</translation>
    </message>
    <message>
        <source>Look for free times after the last one listed</source>
        <translation>Cerca orari liberi dopo l&apos;ultimo elencato</translation>
    </message>
    <message>
        <source>Next free times — acudesk</source>
        <translation>Prossimi orari liberi — acudesk</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is free for that in the next %n week(s).</source>
        <translation>
            <numerusform>Nelle prossime %n settimana non c&apos;è nulla di libero per questa scelta.</numerusform>
            <numerusform>Nelle prossime %n settimane non c&apos;è nulla di libero per questa scelta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Operatore</translation>
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
        <source>The book has no services yet.</source>
        <translation>L&apos;agenda non ha ancora servizi.</translation>
    </message>
    <message>
        <source>The first free time is {first}. Choose one and press Enter to book it.</source>
        <translation>Il primo orario libero è {first}. Scegline uno e premi Invio per prenotarlo.</translation>
    </message>
    <message>
        <source>{name} ({minutes} min)</source>
        <translation>{name} ({minutes} min)</translation>
    </message>
</context>
<context>
    <name>HandoutItemsTableModel</name>
    <message>
        <source>Advice</source>
        <translation>Consiglio</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tempi</translation>
    </message>
</context>
<context>
    <name>HandoutItemsWidget</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Sposta &amp;su</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <source>{section} items</source>
        <translation>Voci di «{section}»</translation>
    </message>
    <message>
        <source>{section} message</source>
        <translation>Messaggio su «{section}»</translation>
    </message>
</context>
<context>
    <name>HandoutMenu</name>
    <message>
        <source>&amp;Handout</source>
        <translation>&amp;Scheda</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Anteprima…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Salva &amp;con nome…</translation>
    </message>
    <message>
        <source>Aftercare {name}</source>
        <translation>Post-trattamento {name}</translation>
    </message>
    <message>
        <source>Hand&amp;out</source>
        <translation>&amp;Scheda</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>Handout not made</source>
        <translation>Scheda non creata</translation>
    </message>
    <message>
        <source>Handouts &amp;given…</source>
        <translation>Schede &amp;consegnate…</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non stampata</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvata</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>S&amp;tampa…</translation>
    </message>
    <message>
        <source>Preview, print or save the aftercare sheet of this completed session</source>
        <translation>Anteprima, stampa o salvataggio della scheda post-trattamento di questa seduta conclusa</translation>
    </message>
</context>
<context>
    <name>HandoutOutput</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Page setup for the aftercare sheet</source>
        <translation>Imposta pagina della scheda post-trattamento</translation>
    </message>
    <message>
        <source>Print the aftercare sheet</source>
        <translation>Stampa la scheda post-trattamento</translation>
    </message>
    <message>
        <source>Save the aftercare sheet</source>
        <translation>Salva la scheda post-trattamento</translation>
    </message>
</context>
<context>
    <name>HandoutPreviewDialog</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Salva &amp;con nome…</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>, printed on {paper}</source>
        <translation>, stampata su {paper}</translation>
    </message>
    <message>
        <source>&lt; Pre&amp;vious</source>
        <translation>&lt; Pre&amp;cedente</translation>
    </message>
    <message>
        <source>Aftercare sheet</source>
        <translation>Scheda post-trattamento</translation>
    </message>
    <message>
        <source>Aftercare sheet for {name}</source>
        <translation>Scheda post-trattamento per {name}</translation>
    </message>
    <message>
        <source>Aftercare sheet — {name} — acudesk</source>
        <translation>Scheda post-trattamento — {name} — acudesk</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Adatta alla larghezza</translation>
    </message>
    <message>
        <source>Handout for</source>
        <translation>Scheda per</translation>
    </message>
    <message>
        <source>Handout hint</source>
        <translation>Suggerimento sulla scheda</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>Lingua della scheda</translation>
    </message>
    <message>
        <source>Handout message</source>
        <translation>Messaggio sulla scheda</translation>
    </message>
    <message>
        <source>Ne&amp;xt &gt;</source>
        <translation>&amp;Successiva &gt;</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Pagina successiva</translation>
    </message>
    <message>
        <source>Nothing is recorded until you print or save the sheet.</source>
        <translation>Non si registra nulla finché non stampi o salvi la scheda.</translation>
    </message>
    <message>
        <source>Pa&amp;ge setup…</source>
        <translation>Imposta &amp;pagina…</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Imposta pagina</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Pagina {page} di {count}</translation>
    </message>
    <message>
        <source>Paper, orientation and printer for printing the sheet; kept until acudesk closes</source>
        <translation>Carta, orientamento e stampante per la scheda; valgono finché acudesk resta aperto</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Pagina precedente</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>Printed and kept (handout {number}).</source>
        <translation>Stampata e conservata (scheda {number}).</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Salva con nome</translation>
    </message>
    <message>
        <source>Saved to {path} and kept (handout {number}).</source>
        <translation>Salvata in {path} e conservata (scheda {number}).</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Dettagli della seduta</translation>
    </message>
    <message>
        <source>Session {session}</source>
        <translation>Seduta {session}</translation>
    </message>
    <message>
        <source>Sheet preview</source>
        <translation>Anteprima della scheda</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Pagina intera</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Ingrandisci (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Riduci (Ctrl+-)</translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}). The sheet is kept: save a copy from Handouts given.</source>
        <translation>Impossibile scrivere {file} ({reason}). La scheda è conservata: salvane una copia da Schede consegnate.</translation>
    </message>
    <message>
        <source>{problem} The sheet is kept: reprint it from Handouts given.</source>
        <translation>{problem} La scheda è conservata: ristampala da Schede consegnate.</translation>
    </message>
    <message>
        <source>{size} sheet</source>
        <translation>foglio {size}</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
</context>
<context>
    <name>HandoutSettingsWidget</name>
    <message>
        <source>&amp;Choose logo…</source>
        <translation>&amp;Scegli logo…</translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation>&amp;Rimuovi logo</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Scegli logo</translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s logo</source>
        <translation>Scegli il logo dello studio</translation>
    </message>
    <message>
        <source>HANDOUTS — PAPER AND LOGO</source>
        <translation>SCHEDE — CARTA E LOGO</translation>
    </message>
    <message>
        <source>Handout settings saved</source>
        <translation>Impostazioni delle schede salvate</translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation>Schede</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in, US)</source>
        <translation>Letter (8,5 × 11 pollici, USA)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Logo chosen: press Save settings to use it.</source>
        <translation>Logo scelto: premi Salva impostazioni per usarlo.</translation>
    </message>
    <message>
        <source>Logo message</source>
        <translation>Messaggio sul logo</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Anteprima del logo</translation>
    </message>
    <message>
        <source>Logo removed: press Save settings to print without it.</source>
        <translation>Logo tolto: premi Salva impostazioni per stampare senza.</translation>
    </message>
    <message>
        <source>No logo: the clinic&apos;s name heads the sheet</source>
        <translation>Nessun logo: in testa alla scheda c&apos;è il nome dello studio</translation>
    </message>
    <message>
        <source>Pa&amp;per size</source>
        <translation>Formato &amp;carta</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Formato carta</translation>
    </message>
    <message>
        <source>Paper size message</source>
        <translation>Messaggio sul formato carta</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Immagini (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Printed at the top left of every aftercare sheet. A PNG or JPEG; a wide logo on a white or clear background prints best.</source>
        <translation>Stampato in alto a sinistra su ogni scheda post-trattamento. Un PNG o JPEG; un logo largo su sfondo bianco o trasparente rende meglio.</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Rimuovi logo</translation>
    </message>
    <message>
        <source>Saved. New sheets print on {paper} paper.</source>
        <translation>Salvate. Le nuove schede si stampano su carta {paper}.</translation>
    </message>
    <message>
        <source>{file} is not a picture acudesk can read: choose a PNG or JPEG.</source>
        <translation>{file} non è un&apos;immagine che acudesk sa leggere: scegli un PNG o un JPEG.</translation>
    </message>
</context>
<context>
    <name>HandoutTextsDialog</name>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>&amp;Timing</source>
        <translation>&amp;Tempi</translation>
    </message>
    <message>
        <source>Aftercare advice on the handout</source>
        <translation>Consigli post-trattamento sulla scheda</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Da evitare</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>Chiudere senza salvare?</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Da fare</translation>
    </message>
    <message>
        <source>Handout text language</source>
        <translation>Lingua del testo della scheda</translation>
    </message>
    <message>
        <source>Handout texts</source>
        <translation>Testi delle schede</translation>
    </message>
    <message>
        <source>Handout texts message</source>
        <translation>Messaggio sui testi delle schede</translation>
    </message>
    <message>
        <source>Print acudesk&apos;s own advice on sheets in {language} again? Your clinic&apos;s text for {language} is removed.</source>
        <translation>Stampare di nuovo i consigli di acudesk sulle schede in {language}? Il testo del tuo studio per {language} verrà rimosso.</translation>
    </message>
    <message>
        <source>Restore acudesk&apos;s te&amp;xt</source>
        <translation>Ripristina il te&amp;sto di acudesk</translation>
    </message>
    <message>
        <source>Restore acudesk&apos;s text</source>
        <translation>Ripristina il testo di acudesk</translation>
    </message>
    <message>
        <source>Saved: sheets in {language} print this text.</source>
        <translation>Salvato: le schede in {language} stampano questo testo.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <source>Sheets in {language} print acudesk&apos;s text again.</source>
        <translation>Le schede in {language} stampano di nuovo il testo di acudesk.</translation>
    </message>
    <message>
        <source>Sheets in {language} print acudesk&apos;s text.</source>
        <translation>Le schede in {language} stampano il testo di acudesk.</translation>
    </message>
    <message>
        <source>Sheets in {language} print your clinic&apos;s text.</source>
        <translation>Le schede in {language} stampano il testo del tuo studio.</translation>
    </message>
    <message>
        <source>The advice you changed in {languages} is not saved. Close and lose it?</source>
        <translation>I consigli modificati in {languages} non sono salvati. Chiudere e perderli?</translation>
    </message>
    <message>
        <source>What clients read on the sheet they take home. Double-click a row to change it; the timing prints under the advice. Sheets already handed out keep the text they were printed with.</source>
        <translation>Ciò che i clienti leggono sulla scheda che portano a casa. Fai doppio clic su una riga per modificarla; i tempi si stampano sotto il consiglio. Le schede già consegnate conservano il testo con cui sono state stampate.</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Cosa aspettarsi</translation>
    </message>
    <message>
        <source>When the client should &amp;call the clinic (printed with the clinic&apos;s phone)</source>
        <translation>Quando il cliente deve &amp;chiamare lo studio (stampato con il telefono dello studio)</translation>
    </message>
    <message>
        <source>When to call us</source>
        <translation>Quando chiamarci</translation>
    </message>
    <message>
        <source>When to call us message</source>
        <translation>Messaggio su quando chiamarci</translation>
    </message>
    <message>
        <source>When to call us timing</source>
        <translation>Tempi di quando chiamarci</translation>
    </message>
    <message>
        <source>Whose text</source>
        <translation>Di chi è il testo</translation>
    </message>
    <message>
        <source>e.g. straight away</source>
        <translation>es. subito</translation>
    </message>
</context>
<context>
    <name>HandoutsGivenDialog</name>
    <message>
        <source>&amp;Reprint…</source>
        <translation>&amp;Ristampa…</translation>
    </message>
    <message>
        <source>Aftercare (reprint {number})</source>
        <translation>Post-trattamento (ristampa {number})</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Each sheet is kept exactly as it was printed or saved. Reprint gives the client the same pages again, whatever has changed since.</source>
        <translation>Ogni scheda è conservata esattamente come è stata stampata o salvata. Ristampa ridà al cliente le stesse pagine, qualunque cosa sia cambiata nel frattempo.</translation>
    </message>
    <message>
        <source>Handouts given</source>
        <translation>Schede consegnate</translation>
    </message>
    <message>
        <source>Handouts given for</source>
        <translation>Schede consegnate per</translation>
    </message>
    <message>
        <source>Handouts given message</source>
        <translation>Messaggio sulle schede consegnate</translation>
    </message>
    <message>
        <source>Handouts given to {name}, session {session}</source>
        <translation>Schede consegnate a {name}, seduta {session}</translation>
    </message>
    <message>
        <source>No sheet has been printed or saved for this session yet.</source>
        <translation>Per questa seduta non è ancora stata stampata né salvata nessuna scheda.</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Ristampa</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Salva una &amp;copia…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Salva una copia</translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}).</source>
        <translation>Impossibile scrivere {file} ({reason}).</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guida</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guida</translation>
    </message>
    <message>
        <source>Guide for administrators</source>
        <translation>Guida per gli amministratori</translation>
    </message>
    <message>
        <source>Guide for practitioners</source>
        <translation>Guida per gli operatori</translation>
    </message>
    <message>
        <source>Guide for reception</source>
        <translation>Guida per la reception</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Testo della guida</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>These keys work wherever the command&apos;s menu is; Ctrl+F and Ctrl+N also from a session window. Everywhere: Tab moves to the next field, Enter presses the highlighted button, Esc closes a dialog.</source>
        <translation>Questi tasti funzionano ovunque ci sia il menu del comando; Ctrl+F e Ctrl+N anche da una finestra di seduta. Ovunque: Tab passa al campo successivo, Invio preme il pulsante evidenziato, Esc chiude una finestra di dialogo.</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Che cosa fa</translation>
    </message>
    <message>
        <source>acudesk help</source>
        <translation>Aiuto di acudesk</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Backup state</source>
        <translation>Stato dei backup</translation>
    </message>
    <message>
        <source>CLIENTS</source>
        <translation>CLIENTI</translation>
    </message>
    <message>
        <source>CLINIC</source>
        <translation>STUDIO</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>Indirizzo dello studio</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nome dello studio</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>Telefono dello studio</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Buon pomeriggio</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Buonasera</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Buongiorno</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saluto</translation>
    </message>
    <message numerus="yes">
        <source>Last backup: {when}, %n copies kept</source>
        <translation>
            <numerusform>Ultimo backup: {when}, %n copia conservata</numerusform>
            <numerusform>Ultimo backup: {when}, %n copie conservate</numerusform>
        </translation>
    </message>
    <message>
        <source>No address on record</source>
        <translation>Nessun indirizzo registrato</translation>
    </message>
    <message>
        <source>No automatic backup has been made yet.</source>
        <translation>Non è ancora stato fatto nessun backup automatico.</translation>
    </message>
    <message>
        <source>Number of clients</source>
        <translation>Numero di clienti</translation>
    </message>
    <message>
        <source>Press Ctrl+L to lock the screen when you step away from the desk, and Ctrl+Shift+B to back up the database.</source>
        <translation>Premi Ctrl+L per bloccare lo schermo quando ti allontani dalla scrivania e Ctrl+Maiusc+B per fare il backup del database.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>SIGNED IN</source>
        <translation>CONNESSO</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Utente connesso</translation>
    </message>
    <message>
        <source>The automatic backup failed {when}: {problem} Use File &gt; Back up now, and check the backups folder in the clinic settings.</source>
        <translation>Il backup automatico non è riuscito {when}: {problem} Usa File &gt; Backup adesso e controlla la cartella dei backup nelle impostazioni della clinica.</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Suggerimento</translation>
    </message>
    <message>
        <source>about {number}</source>
        <translation>circa {number}</translation>
    </message>
    <message numerus="yes">
        <source>clients on record</source>
        <translation>
            <numerusform>cliente registrato</numerusform>
            <numerusform>clienti registrati</numerusform>
        </translation>
    </message>
    <message>
        <source>on record in this clinic</source>
        <translation>registrati in questo studio</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>oggi alle {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>ieri alle {time}</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>il {day} alle {time}</translation>
    </message>
    <message>
        <source>{greeting}, {name}</source>
        <translation>{greeting}, {name}</translation>
    </message>
    <message>
        <source>{role} · signs in as {username}</source>
        <translation>{role} · accede come {username}</translation>
    </message>
    <message>
        <source>{text}. That is over a day ago: use File &gt; Back up now.</source>
        <translation>{text}. È passato più di un giorno: usa File &gt; Backup adesso.</translation>
    </message>
</context>
<context>
    <name>ImportClientsDialog</name>
    <message numerus="yes">
        <source>%Ln already registered (left out)</source>
        <translation>
            <numerusform>%Ln già registrato (escluso)</numerusform>
            <numerusform>%Ln già registrati (esclusi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows: {ready} ready to import</source>
        <translation>
            <numerusform>%Ln riga: {ready} pronte da importare</numerusform>
            <numerusform>%Ln righe: {ready} pronte da importare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with problems</source>
        <translation>
            <numerusform>%Ln con problemi</numerusform>
            <numerusform>%Ln con problemi</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Scegli file…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln clients</source>
        <translation>
            <numerusform>&amp;Importa %Ln cliente</numerusform>
            <numerusform>&amp;Importa %Ln clienti</numerusform>
        </translation>
    </message>
    <message>
        <source>(column {number})</source>
        <translation>(colonna {number})</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(escludi)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>COLUMNS IN THE FILE</source>
        <translation>COLONNE DEL FILE</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Controllo delle righe…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Scegli un file CSV</translation>
    </message>
    <message>
        <source>Choose a CSV file saved from a spreadsheet or exported from another system (comma or semicolon separated). Check which column holds what, look at the rows acudesk cannot take, then import.</source>
        <translation>Scegli un file CSV salvato da un foglio di calcolo o esportato da un altro sistema (separato da virgole o punti e virgola). Controlla che cosa contiene ogni colonna, guarda le righe che acudesk non può accettare, poi importa.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonna del file</translation>
    </message>
    <message>
        <source>Column {column} goes into</source>
        <translation>La colonna {column} va in</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Correct a row here (double-click a cell and type): it is checked again at once, and imported with the others.</source>
        <translation>Correggi qui una riga (doppio clic su una cella e scrivi): viene ricontrollata subito e importata con le altre.</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contatto di emergenza</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primo valore</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genere</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>Va in</translation>
    </message>
    <message>
        <source>How they heard of us</source>
        <translation>Come ci ha conosciuto</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Importa clienti</translation>
    </message>
    <message>
        <source>Import clients from a spreadsheet</source>
        <translation>Importa clienti da un foglio di calcolo</translation>
    </message>
    <message>
        <source>Import message</source>
        <translation>Messaggio dell&apos;importazione</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Riepilogo dell&apos;importazione</translation>
    </message>
    <message>
        <source>Import the good rows even though some rows have problems</source>
        <translation>Importa le righe valide anche se alcune righe hanno problemi</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln clients.</source>
        <translation>
            <numerusform>Importato %Ln cliente.</numerusform>
            <numerusform>Importati %Ln clienti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing clients…</source>
        <translation>Importazione dei clienti…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Nessun file scelto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Physician</source>
        <translation>Medico curante</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nome preferito</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>ROWS ACUDESK CANNOT TAKE</source>
        <translation>RIGHE CHE ACUDESK NON PUÒ ACCETTARE</translation>
    </message>
    <message>
        <source>Rows to correct</source>
        <translation>Righe da correggere</translation>
    </message>
    <message>
        <source>Skip invalid rows</source>
        <translation>Salta le righe non valide</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>… e %Ln altro.</numerusform>
            <numerusform>… e altri %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFixRows</name>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>Pronta da importare</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Record incident</source>
        <translation>Registra incidente</translation>
    </message>
    <message>
        <source>Say what was done (disposed of, client told, referred…).</source>
        <translation>Indica che cosa è stato fatto (smaltito, cliente informato, inviato al medico…).</translation>
    </message>
    <message>
        <source>Say where you searched (client, clothing, couch, floor…).</source>
        <translation>Indica dove hai cercato (cliente, vestiti, lettino, pavimento…).</translation>
    </message>
    <message>
        <source>Say whether the needle was found.</source>
        <translation>Indica se l&apos;ago è stato trovato.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>&amp;Allergies and sensitivities</source>
        <translation>&amp;Allergie e sensibilità</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Goals, in the client&apos;s words</source>
        <translation>&amp;Obiettivi, con le parole del cliente</translation>
    </message>
    <message>
        <source>&amp;Medications</source>
        <translation>&amp;Farmaci</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Avanti →</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>&amp;Save intake</source>
        <translation>&amp;Salva anamnesi</translation>
    </message>
    <message>
        <source>Add &amp;procedure</source>
        <translation>Aggiungi &amp;trattamento</translation>
    </message>
    <message>
        <source>Allergies and sensitivities</source>
        <translation>Allergie e sensibilità</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Botox, fillers, peels, laser and the like in the last year. Type dates as day/month/year, e.g. 12/03/2026; a month is enough when the client is unsure (01/03/2026).</source>
        <translation>Botox, filler, peeling, laser e simili nell&apos;ultimo anno. Scrivi le date come giorno/mese/anno, es. 12/03/2026; se il cliente non è sicuro basta il mese (01/03/2026).</translation>
    </message>
    <message>
        <source>C&amp;lear signature</source>
        <translation>Cance&amp;lla firma</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Client&apos;s signature</source>
        <translation>Firma del cliente</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Close the intake?</source>
        <translation>Chiudere l&apos;anamnesi?</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Inestetismi</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condizioni</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Testo del consenso</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Date message</source>
        <translation>Messaggio sulla data</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <source>Draft kept at {time}</source>
        <translation>Bozza conservata alle {time}</translation>
    </message>
    <message>
        <source>Draft not kept: {problem}</source>
        <translation>Bozza non conservata: {problem}</translation>
    </message>
    <message>
        <source>Draft status</source>
        <translation>Stato della bozza</translation>
    </message>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation>Fototipo di Fitzpatrick</translation>
    </message>
    <message>
        <source>Fitzpatrick skin type: how the skin reacts to sun</source>
        <translation>Fototipo di Fitzpatrick: come la pelle reagisce al sole</translation>
    </message>
    <message>
        <source>Foods, medicines, metals, or cosmetic ingredients by INCI name, e.g. Nickel, Bismuth Oxychloride</source>
        <translation>Alimenti, farmaci, metalli o ingredienti cosmetici con il nome INCI, es. Nickel, Bismuth Oxychloride</translation>
    </message>
    <message>
        <source>Glogau photo-ageing</source>
        <translation>Fotoinvecchiamento di Glogau</translation>
    </message>
    <message>
        <source>Glogau photo-ageing: how deep the lines are</source>
        <translation>Fotoinvecchiamento di Glogau: quanto sono profonde le rughe</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salute</translation>
    </message>
    <message>
        <source>Health conditions</source>
        <translation>Condizioni di salute</translation>
    </message>
    <message>
        <source>I consent to &amp;photographs being taken for my record</source>
        <translation>Acconsento alle &amp;fotografie per la mia scheda</translation>
    </message>
    <message>
        <source>I consent to &amp;treatment</source>
        <translation>Acconsento al &amp;trattamento</translation>
    </message>
    <message>
        <source>I consent to photographs</source>
        <translation>Acconsento alle fotografie</translation>
    </message>
    <message>
        <source>I consent to treatment</source>
        <translation>Acconsento al trattamento</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>Consenso informato</translation>
    </message>
    <message>
        <source>Intake assessment</source>
        <translation>Anamnesi</translation>
    </message>
    <message>
        <source>Intake pages</source>
        <translation>Pagine dell&apos;anamnesi</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Conserva come bozza</translation>
    </message>
    <message>
        <source>Keep it as a draft to finish later (acudesk offers it back when you sign in), or discard what was typed.</source>
        <translation>Conservala come bozza da finire più tardi (acudesk te la ripropone quando accedi) oppure scarta ciò che è stato scritto.</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Farmaci</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Farmaci</translation>
    </message>
    <message>
        <source>Medicines and sensitivities</source>
        <translation>Farmaci e sensibilità</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>One per line, or separated by commas. Include supplements, creams and anything taken only now and then.</source>
        <translation>Uno per riga, o separati da virgole. Includi integratori, creme e ciò che si prende solo ogni tanto.</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Trattamento</translation>
    </message>
    <message>
        <source>Procedures message</source>
        <translation>Messaggio sui trattamenti</translation>
    </message>
    <message>
        <source>Read each line with the client and tick what applies now. Where we need to know more, a field opens beside the tick.</source>
        <translation>Leggi ogni riga con il cliente e spunta ciò che vale oggi. Dove serve sapere di più, accanto alla spunta si apre un campo.</translation>
    </message>
    <message>
        <source>Recent cosmetic procedures</source>
        <translation>Trattamenti estetici recenti</translation>
    </message>
    <message>
        <source>Recent procedures</source>
        <translation>Trattamenti recenti</translation>
    </message>
    <message>
        <source>Remove the selected procedure</source>
        <translation>Rimuovi il trattamento selezionato</translation>
    </message>
    <message>
        <source>Resumed from a draft</source>
        <translation>Ripresa da una bozza</translation>
    </message>
    <message>
        <source>Save this intake as a new dated record (Ctrl+S)</source>
        <translation>Salva questa anamnesi come nuova scheda datata (Ctrl+S)</translation>
    </message>
    <message>
        <source>Signature message</source>
        <translation>Messaggio sulla firma</translation>
    </message>
    <message>
        <source>Skin</source>
        <translation>Pelle</translation>
    </message>
    <message>
        <source>Skin assessment</source>
        <translation>Valutazione della pelle</translation>
    </message>
    <message>
        <source>Skin type</source>
        <translation>Tipo di pelle</translation>
    </message>
    <message>
        <source>Something on this step needs a look</source>
        <translation>In questo passaggio c&apos;è qualcosa da controllare</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passaggi</translation>
    </message>
    <message>
        <source>The date of this intake and of the signature</source>
        <translation>La data di questa anamnesi e della firma</translation>
    </message>
    <message>
        <source>This intake for {name} is not saved.</source>
        <translation>Questa anamnesi di {name} non è salvata.</translation>
    </message>
    <message>
        <source>Turn the screen to the client, or read this aloud, before they tick and sign.</source>
        <translation>Gira lo schermo verso il cliente, o leggilo ad alta voce, prima che spunti e firmi.</translation>
    </message>
    <message>
        <source>What the client would like to improve</source>
        <translation>Che cosa il cliente vorrebbe migliorare</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>e.g. Levothyroxine 50 mcg
Ibuprofen when needed</source>
        <translation>es. Levotiroxina 50 mcg
Ibuprofene al bisogno</translation>
    </message>
    <message>
        <source>e.g. Look less tired before my daughter&apos;s wedding in June</source>
        <translation>es. Sembrare meno stanca prima del matrimonio di mia figlia a giugno</translation>
    </message>
    <message>
        <source>{problem} Press Save again to keep yours as a newer record.</source>
        <translation>{problem} Premi di nuovo Salva per conservare la tua come scheda più recente.</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Indietro</translation>
    </message>
</context>
<context>
    <name>IntakeSummary</name>
    <message>
        <source>Allergies</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Inestetismi</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salute</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Farmaci</translation>
    </message>
    <message>
        <source>No conditions reported.</source>
        <translation>Nessuna condizione riferita.</translation>
    </message>
    <message>
        <source>None in the last year.</source>
        <translation>Nessuno nell&apos;ultimo anno.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non dato</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Non firmato</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografie</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Trattamenti</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Signed on {date}</source>
        <translation>Firmato il {date}</translation>
    </message>
    <message>
        <source>Skin</source>
        <translation>Pelle</translation>
    </message>
    <message>
        <source>Skin type</source>
        <translation>Tipo di pelle</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Trattamento</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>none known</source>
        <translation>nessuna nota</translation>
    </message>
    <message>
        <source>none noted</source>
        <translation>nessuno indicato</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non valutato</translation>
    </message>
    <message>
        <source>not noted</source>
        <translation>non indicato</translation>
    </message>
</context>
<context>
    <name>IntakeWidget</name>
    <message>
        <source>&amp;New intake</source>
        <translation>&amp;Nuova anamnesi</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>&amp;Stampa riepilogo…</translation>
    </message>
    <message>
        <source>&amp;Review intake</source>
        <translation>&amp;Rivedi anamnesi</translation>
    </message>
    <message>
        <source>Before the first session, take the intake with the client: health history, skin assessment, and consent with a signature.</source>
        <translation>Prima della prima seduta, compila l&apos;anamnesi con il cliente: storia clinica, valutazione della pelle e consenso firmato.</translation>
    </message>
    <message>
        <source>Every review is kept. Pick one to read it.</source>
        <translation>Ogni revisione viene conservata. Scegline una per leggerla.</translation>
    </message>
    <message>
        <source>HISTORY</source>
        <translation>STORICO</translation>
    </message>
    <message>
        <source>Intake assessment</source>
        <translation>Anamnesi</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Data dell&apos;anamnesi</translation>
    </message>
    <message>
        <source>Intake history</source>
        <translation>Storico delle anamnesi</translation>
    </message>
    <message>
        <source>Intake saved. The earlier ones stay in the history.</source>
        <translation>Anamnesi salvata. Le precedenti restano nello storico.</translation>
    </message>
    <message>
        <source>Intake summary</source>
        <translation>Riepilogo dell&apos;anamnesi</translation>
    </message>
    <message>
        <source>Intake summary saved to {path}.</source>
        <translation>Riepilogo dell&apos;anamnesi salvato in {path}.</translation>
    </message>
    <message>
        <source>No intake yet</source>
        <translation>Ancora nessuna anamnesi</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SIGNATURE</source>
        <translation>FIRMA</translation>
    </message>
    <message>
        <source>Save the intake summary</source>
        <translation>Salva il riepilogo dell&apos;anamnesi</translation>
    </message>
    <message>
        <source>Save the intake summary, with the signature, as a PDF to print or send</source>
        <translation>Salva il riepilogo dell&apos;anamnesi, con la firma, come PDF da stampare o inviare</translation>
    </message>
    <message>
        <source>Stored signature</source>
        <translation>Firma registrata</translation>
    </message>
    <message>
        <source>Taken {taken} · recorded by {name} at {time} on {recorded}</source>
        <translation>Raccolta il {taken} · registrata da {name} alle {time} del {recorded}</translation>
    </message>
    <message>
        <source>The summary could not be saved there ({reason}). Choose another folder.</source>
        <translation>Impossibile salvare il riepilogo lì ({reason}). Scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>You are reading an earlier intake ({date}). The latest is from {latest}.</source>
        <translation>Stai leggendo un&apos;anamnesi precedente ({date}). La più recente è del {latest}.</translation>
    </message>
    <message>
        <source>{date}
recorded by {name} at {time}</source>
        <translation>{date}
registrata da {name} alle {time}</translation>
    </message>
    <message>
        <source>{date}  (latest)</source>
        <translation>{date}  (la più recente)</translation>
    </message>
    <message>
        <source>{date}  · no. {number} of {count}</source>
        <translation>{date}  · n. {number} di {count}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Sblocca</translation>
    </message>
    <message>
        <source>Close this session so someone else can sign in</source>
        <translation>Chiudi questa sessione così un&apos;altra persona può accedere</translation>
    </message>
    <message>
        <source>Locked by</source>
        <translation>Bloccato da</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password message</source>
        <translation>Messaggio sulla password</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Schermo bloccato</translation>
    </message>
    <message>
        <source>Screen locked — acudesk</source>
        <translation>Schermo bloccato — acudesk</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Disconnetti</translation>
    </message>
    <message numerus="yes">
        <source>acudesk locked itself after %n minute(s) without use. {name}: enter your password to carry on, or sign out so someone else can sign in.</source>
        <translation>
            <numerusform>acudesk si è bloccato da solo dopo %n minuto senza uso. {name}: inserisci la password per continuare, oppure disconnettiti così un&apos;altra persona può accedere.</numerusform>
            <numerusform>acudesk si è bloccato da solo dopo %n minuti senza uso. {name}: inserisci la password per continuare, oppure disconnettiti così un&apos;altra persona può accedere.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} locked acudesk. Enter your password to carry on, or sign out so someone else can sign in.</source>
        <translation>{name} ha bloccato acudesk. Inserisci la password per continuare, oppure disconnettiti così un&apos;altra persona può accedere.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>Nome &amp;utente</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nome dello studio</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Account dimostrativi</translation>
    </message>
    <message>
        <source>Demo accounts list</source>
        <translation>Elenco degli account dimostrativi</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Inserisci il nome utente.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password message</source>
        <translation>Messaggio sulla password</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Sign in to continue</source>
        <translation>Accedi per continuare</translation>
    </message>
    <message>
        <source>Sign in — acudesk</source>
        <translation>Accesso — acudesk</translation>
    </message>
    <message>
        <source>This is the demo clinic with made-up clients. Click an account to fill it in.</source>
        <translation>Questo è lo studio dimostrativo con clienti inventati. Fai clic su un account per compilarlo.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Username message</source>
        <translation>Messaggio sul nome utente</translation>
    </message>
    <message>
        <source>acudesk logo</source>
        <translation>Logo di acudesk</translation>
    </message>
    <message>
        <source>e.g. reception</source>
        <translation>es. reception</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Audit log</source>
        <translation>Registro attività</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Backup salvato in {path}</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Backup in corso</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Backup del database in corso…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup non riuscito</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln clients to {path}</source>
        <translation>
            <numerusform>Esportato %Ln cliente in {path}</numerusform>
            <numerusform>Esportati %Ln clienti in {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln clients.</source>
        <translation>
            <numerusform>Importato %Ln cliente.</numerusform>
            <numerusform>Importati %Ln clienti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked by {name} ({role})</source>
        <translation>Bloccato da {name} ({role})</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigazione</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Posta in uscita</translation>
    </message>
    <message>
        <source>Point catalogue</source>
        <translation>Catalogo dei punti</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Prodotti</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Schermate</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Connesso come</translation>
    </message>
    <message>
        <source>Signed in as {name} ({role})</source>
        <translation>Connesso come {name} ({role})</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Disconnesso</translation>
    </message>
    <message>
        <source>The automatic backup failed: {problem}</source>
        <translation>Il backup automatico non è riuscito: {problem}</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>Your account was changed by an administrator (deactivated, or given another role), so you have been signed out. Sign in again, or ask an administrator.</source>
        <translation>Un amministratore ha modificato il tuo account (disattivato o con un altro ruolo), quindi sei stato disconnesso. Accedi di nuovo o rivolgiti a un amministratore.</translation>
    </message>
    <message>
        <source>acudesk</source>
        <translation>acudesk</translation>
    </message>
    <message>
        <source>acudesk — {clinic}</source>
        <translation>acudesk — {clinic}</translation>
    </message>
    <message>
        <source>acudesk — {clinic} (demo)</source>
        <translation>acudesk — {clinic} (dimostrazione)</translation>
    </message>
</context>
<context>
    <name>MenuActions</name>
    <message>
        <source>&amp;About acudesk</source>
        <translation>&amp;Informazioni su acudesk</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Registro attività</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Backup adesso</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>&amp;Book set-up…</source>
        <translation>Configura l&apos;a&amp;genda…</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation>&amp;Studio</translation>
    </message>
    <message>
        <source>&amp;Export clients…</source>
        <translation>&amp;Esporta clienti…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Find a client</source>
        <translation>&amp;Cerca un cliente</translation>
    </message>
    <message>
        <source>&amp;Handout texts…</source>
        <translation>&amp;Testi delle schede…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Import clients…</source>
        <translation>&amp;Importa clienti…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Blocca</translation>
    </message>
    <message>
        <source>&amp;New client</source>
        <translation>&amp;Nuovo cliente</translation>
    </message>
    <message>
        <source>&amp;Print all of today&apos;s handouts…</source>
        <translation>&amp;Stampa tutte le schede di oggi…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Ripristina da un backup…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Disconnetti</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guida per l&apos;utente</translation>
    </message>
    <message>
        <source>&amp;Waitlist…</source>
        <translation>&amp;Lista d&apos;attesa…</translation>
    </message>
    <message>
        <source>Add clients from a CSV file saved from a spreadsheet or another system</source>
        <translation>Aggiungi clienti da un file CSV salvato da un foglio di calcolo o da un altro sistema</translation>
    </message>
    <message>
        <source>Choose the language acudesk speaks to you in</source>
        <translation>Scegli la lingua in cui acudesk ti parla</translation>
    </message>
    <message>
        <source>Clients waiting for a time: add, change or remove them</source>
        <translation>I clienti in attesa di un orario: aggiungili, modificali o toglili</translation>
    </message>
    <message>
        <source>Consent &amp;text…</source>
        <translation>Testo del &amp;consenso…</translation>
    </message>
    <message>
        <source>Copy the whole database to the backups folder</source>
        <translation>Copia l&apos;intero database nella cartella dei backup</translation>
    </message>
    <message>
        <source>Edit the aftercare advice printed on the handout, in English and Italian</source>
        <translation>Modifica i consigli post-trattamento stampati sulla scheda, in inglese e in italiano</translation>
    </message>
    <message>
        <source>Edit the informed-consent text clients sign at intake</source>
        <translation>Modifica il testo del consenso informato che i clienti firmano con l&apos;anamnesi</translation>
    </message>
    <message>
        <source>Every key that runs a command, on one sheet</source>
        <translation>Tutti i tasti che eseguono un comando, in un solo foglio</translation>
    </message>
    <message>
        <source>Go to the client search, from any screen or window</source>
        <translation>Vai alla ricerca dei clienti, da qualsiasi schermata o finestra</translation>
    </message>
    <message>
        <source>Hide the screen until you enter your password again</source>
        <translation>Nasconde lo schermo finché non reinserisci la password</translation>
    </message>
    <message>
        <source>How to do your work in acudesk, step by step, with pictures</source>
        <translation>Come svolgere il tuo lavoro in acudesk, passo per passo, con immagini</translation>
    </message>
    <message>
        <source>Locations, rooms, devices, services, working hours and time off of the book</source>
        <translation>Sedi, stanze, apparecchi, servizi, orari di lavoro e assenze dell&apos;agenda</translation>
    </message>
    <message>
        <source>My &amp;preferences…</source>
        <translation>Le mie &amp;preferenze…</translation>
    </message>
    <message>
        <source>Print the aftercare sheet of every session completed today</source>
        <translation>Stampa la scheda post-trattamento di ogni seduta conclusa oggi</translation>
    </message>
    <message>
        <source>Register a new client, from any screen</source>
        <translation>Registra un nuovo cliente, da qualsiasi schermata</translation>
    </message>
    <message>
        <source>Replace the whole database by a backup (the current one is kept aside)</source>
        <translation>Sostituisci l&apos;intero database con un backup (quello attuale viene messo da parte)</translation>
    </message>
    <message>
        <source>Save the whole client list as a CSV file</source>
        <translation>Salva l&apos;intero elenco dei clienti come file CSV</translation>
    </message>
    <message>
        <source>Who signed in, read or changed what, and whether the log is intact</source>
        <translation>Chi ha effettuato l&apos;accesso, letto o modificato cosa, e se il registro è integro</translation>
    </message>
</context>
<context>
    <name>NeedleCountSection</name>
    <message numerus="yes">
        <source>%n needles went in; {out} came out.</source>
        <translation>
            <numerusform>%n ago inserito; {out} rimossi.</numerusform>
            <numerusform>%n aghi inseriti; {out} rimossi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adjusted by hand (the chart shows {count}).</source>
        <translation>Corretto a mano (la mappa ne mostra {count}).</translation>
    </message>
    <message>
        <source>Counted from the chart.</source>
        <translation>Contati dalla mappa.</translation>
    </message>
    <message>
        <source>Edit the &amp;incident…</source>
        <translation>Modifica l&apos;&amp;incidente…</translation>
    </message>
    <message>
        <source>Incident recorded: searched {where}; needle NOT found.</source>
        <translation>Incidente registrato: cercato in {where}; ago NON trovato.</translation>
    </message>
    <message>
        <source>Incident recorded: searched {where}; needle found.</source>
        <translation>Incidente registrato: cercato in {where}; ago trovato.</translation>
    </message>
    <message>
        <source>Record &amp;incident…</source>
        <translation>Registra &amp;incidente…</translation>
    </message>
</context>
<context>
    <name>NextAppointmentWidget</name>
    <message>
        <source>&amp;Next appointment booked for</source>
        <translation>&amp;Prossimo appuntamento fissato per</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Prossimo appuntamento</translation>
    </message>
    <message>
        <source>Next appointment booked</source>
        <translation>Prossimo appuntamento fissato</translation>
    </message>
</context>
<context>
    <name>OutboxScreen</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n messaggio</numerusform>
            <numerusform>%n messaggi</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Tutti i messaggi</translation>
    </message>
    <message>
        <source>Choose a message to read it.</source>
        <translation>Scelga un messaggio per leggerlo.</translation>
    </message>
    <message>
        <source>Every appointment reminder, newest first: queued, sent, or failed with the reason. A failed one goes again when you retry it. Reminders are sent by &quot;acudesk reminders send&quot; (run every few minutes) or by Send due reminders now.</source>
        <translation>Ogni promemoria degli appuntamenti, dal più recente: in coda, inviato o non riuscito con il motivo. Uno non riuscito riparte quando lo riprova. I promemoria sono inviati da &quot;acudesk reminders send&quot; (eseguito ogni pochi minuti) o con Invia ora i promemoria dovuti.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>Messages shown</source>
        <translation>Messaggi mostrati</translation>
    </message>
    <message>
        <source>No message failed.</source>
        <translation>Nessun messaggio non riuscito.</translation>
    </message>
    <message>
        <source>No message has been sent yet.</source>
        <translation>Nessun messaggio ancora inviato.</translation>
    </message>
    <message>
        <source>No message is being sent.</source>
        <translation>Nessun messaggio in invio.</translation>
    </message>
    <message>
        <source>No message is waiting to go.</source>
        <translation>Nessun messaggio in attesa di partire.</translation>
    </message>
    <message>
        <source>No reminder yet. They are queued here when due, once the mail server or an SMS gateway is set in Settings.</source>
        <translation>Ancora nessun promemoria. Vengono messi in coda qui quando è il momento, dopo aver impostato il server di posta o un gateway SMS nelle Impostazioni.</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Non inviato: {reason}</translation>
    </message>
    <message>
        <source>Outbox message</source>
        <translation>Messaggio della posta in uscita</translation>
    </message>
    <message>
        <source>Queue the reminders the clinic&apos;s rules say are due and send every queued one</source>
        <translation>Mette in coda i promemoria dovuti secondo le regole della clinica e invia tutti quelli in coda</translation>
    </message>
    <message>
        <source>Queued {when}</source>
        <translation>In coda dal {when}</translation>
    </message>
    <message>
        <source>Reminders outbox</source>
        <translation>Promemoria in uscita</translation>
    </message>
    <message>
        <source>Send &amp;due reminders now</source>
        <translation>Invia ora i promemoria &amp;dovuti</translation>
    </message>
    <message>
        <source>Send the chosen failed messages again</source>
        <translation>Invia di nuovo i messaggi non riusciti scelti</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message>
        <source>Sent {sent}, failed {failed}, waiting {waiting}.</source>
        <translation>Inviati {sent}, non riusciti {failed}, in attesa {waiting}.</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostra</translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>Messaggi da mostrare</translation>
    </message>
    <message>
        <source>The chosen message</source>
        <translation>Il messaggio scelto</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>Appointment</source>
        <translation>Appuntamento</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
</context>
<context>
    <name>PdfPrinting</name>
    <message>
        <source>The printer did not start. Check that it is switched on and connected, then print again.</source>
        <translation>La stampante non si è avviata. Controlla che sia accesa e collegata, poi stampa di nuovo.</translation>
    </message>
    <message>
        <source>The sheet could not be read back for printing. Try again.</source>
        <translation>Non è stato possibile rileggere la scheda per stamparla. Riprova.</translation>
    </message>
</context>
<context>
    <name>PointBrowserWidget</name>
    <message>
        <source>Find a point by its code, its pinyin or its English name</source>
        <translation>Trova un punto per codice, pinyin o nome inglese</translation>
    </message>
    <message>
        <source>No point matches. Try a code (ST6), a pinyin or an English name.</source>
        <translation>Nessun punto corrisponde. Prova con un codice (ST6), un pinyin o un nome inglese.</translation>
    </message>
    <message>
        <source>Pick a point in the list, or search for one, to see where it lies, what it is used for and its cautions. It is shown on the chart beside.</source>
        <translation>Scegli un punto dall&apos;elenco, o cercalo, per vedere dove si trova, a cosa serve e le sue avvertenze. Compare sulla mappa accanto.</translation>
    </message>
    <message>
        <source>Point details</source>
        <translation>Dettagli del punto</translation>
    </message>
    <message>
        <source>Points found</source>
        <translation>Punti trovati</translation>
    </message>
    <message>
        <source>Search points</source>
        <translation>Cerca punti</translation>
    </message>
    <message>
        <source>Search: ST6, jiache, jaw…</source>
        <translation>Cerca: ST6, jiache, jaw…</translation>
    </message>
</context>
<context>
    <name>PointCatalogueScreen</name>
    <message>
        <source>Diagram</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Point catalogue</source>
        <translation>Catalogo dei punti</translation>
    </message>
</context>
<context>
    <name>PreCheckSection</name>
    <message>
        <source>  Going ahead despite a stop alert: {reason}</source>
        <translation>  Si procede nonostante un avviso di stop: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n alerts read</source>
        <translation>
            <numerusform>%n avviso letto</numerusform>
            <numerusform>%n avvisi letti</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has changed since the intake</source>
        <translation>Nulla è cambiato dall&apos;anamnesi</translation>
    </message>
    <message>
        <source>Nothing has changed since the intake on {date}</source>
        <translation>Nulla è cambiato dall&apos;anamnesi del {date}</translation>
    </message>
    <message>
        <source>Pre-treatment check not done yet.</source>
        <translation>Controllo pre-trattamento non ancora eseguito.</translation>
    </message>
    <message>
        <source>The intake is up to date (updated {date})</source>
        <translation>L&apos;anamnesi è aggiornata (aggiornata il {date})</translation>
    </message>
    <message>
        <source>There is no intake yet: take one first</source>
        <translation>Non c&apos;è ancora un&apos;anamnesi: compilala prima</translation>
    </message>
    <message>
        <source>intake of {date} unchanged</source>
        <translation>anamnesi del {date} invariata</translation>
    </message>
    <message>
        <source>intake of {date} updated</source>
        <translation>anamnesi del {date} aggiornata</translation>
    </message>
    <message>
        <source>no alerts</source>
        <translation>nessun avviso</translation>
    </message>
    <message>
        <source>no intake</source>
        <translation>nessuna anamnesi</translation>
    </message>
    <message>
        <source>✓  Pre-treatment check done: {alerts}, {intake}.</source>
        <translation>✓  Controllo pre-trattamento eseguito: {alerts}, {intake}.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>&amp;Language of the screens</source>
        <translation>&amp;Lingua delle schermate</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Language message</source>
        <translation>Messaggio sulla lingua</translation>
    </message>
    <message>
        <source>My preferences</source>
        <translation>Le mie preferenze</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>Preferences for &lt;b&gt;{name}&lt;/b&gt; ({username}), used from their next sign-in.</source>
        <translation>Preferenze di &lt;b&gt;{name}&lt;/b&gt; ({username}), valide dal suo prossimo accesso.</translation>
    </message>
    <message>
        <source>The window opens again in the new language when you save. Handouts keep printing in each client&apos;s own language.</source>
        <translation>Al salvataggio la finestra si riapre nella nuova lingua. Le schede continuano a stamparsi nella lingua di ogni cliente.</translation>
    </message>
    <message>
        <source>This computer&apos;s language ({language})</source>
        <translation>La lingua di questo computer ({language})</translation>
    </message>
    <message>
        <source>Whose preferences</source>
        <translation>Di chi sono le preferenze</translation>
    </message>
    <message>
        <source>Your preferences, {name}: only yours.</source>
        <translation>Le tue preferenze, {name}: valgono solo per te.</translation>
    </message>
</context>
<context>
    <name>ProceduresTable</name>
    <message>
        <source>Botox, fillers, peels, laser and the like in the last year. Type dates as day/month/year, e.g. 12/03/2026; a month is enough when the client is unsure (01/03/2026).</source>
        <translation>Botox, filler, peeling, laser e simili nell&apos;ultimo anno. Scrivi le date come giorno/mese/anno, es. 12/03/2026; se il cliente non è sicuro basta il mese (01/03/2026).</translation>
    </message>
    <message>
        <source>Botox, fillers, peels, laser and the like in the last year. Type dates as month/day/year, e.g. 03/12/2026; a month is enough when the client is unsure (03/01/2026).</source>
        <translation>Botox, filler, peeling, laser e simili nell&apos;ultimo anno. Scrivi le date come mese/giorno/anno, es. 03/12/2026; se il cliente non è sicuro basta il mese (03/01/2026).</translation>
    </message>
    <message>
        <source>Choose a procedure</source>
        <translation>Scegli un trattamento</translation>
    </message>
    <message>
        <source>Choose which procedure it was.</source>
        <translation>Scegli di quale trattamento si tratta.</translation>
    </message>
    <message>
        <source>Enter when it was done.</source>
        <translation>Indica quando è stato fatto.</translation>
    </message>
    <message>
        <source>Procedure {number}</source>
        <translation>Trattamento {number}</translation>
    </message>
    <message>
        <source>Procedure {number} area</source>
        <translation>Zona del trattamento {number}</translation>
    </message>
    <message>
        <source>Procedure {number} date</source>
        <translation>Data del trattamento {number}</translation>
    </message>
    <message>
        <source>Row {number}</source>
        <translation>Riga {number}</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>e.g. lips, forehead</source>
        <translation>es. labbra, fronte</translation>
    </message>
    <message>
        <source>mm/dd/yyyy</source>
        <translation>mm/gg/aaaa</translation>
    </message>
    <message>
        <source>{procedure} (row {number}): {problem}</source>
        <translation>{procedure} (riga {number}): {problem}</translation>
    </message>
</context>
<context>
    <name>ProductEditorDialog</name>
    <message>
        <source>&amp;Brand</source>
        <translation>&amp;Marca</translation>
    </message>
    <message>
        <source>&amp;Fragrance-free</source>
        <translation>Senza &amp;profumo</translation>
    </message>
    <message>
        <source>&amp;Helps with</source>
        <translation>&amp;Aiuta con</translation>
    </message>
    <message>
        <source>&amp;Ingredients (INCI names, one per line)</source>
        <translation>&amp;Ingredienti (nomi INCI, uno per riga)</translation>
    </message>
    <message>
        <source>&amp;Mineral UV filters only (no chemical sunscreen)</source>
        <translation>Solo filtri UV &amp;minerali (nessun filtro chimico)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>Add a product</source>
        <translation>Aggiungi un prodotto</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Brand message</source>
        <translation>Messaggio sulla marca</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tegoria</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Category message</source>
        <translation>Messaggio sulla categoria</translation>
    </message>
    <message>
        <source>Combination</source>
        <translation>Mista</translation>
    </message>
    <message>
        <source>Combination skin</source>
        <translation>Pelle mista</translation>
    </message>
    <message>
        <source>Comes in &amp;shades for some skin tones</source>
        <translation>Disponibile in &amp;tonalità per alcuni incarnati</translation>
    </message>
    <message>
        <source>Comes in shades</source>
        <translation>Disponibile in tonalità</translation>
    </message>
    <message>
        <source>Copy the list from the label: a list separated by commas is split into one ingredient per line when you save.</source>
        <translation>Copia l&apos;elenco dall&apos;etichetta: al salvataggio un elenco separato da virgole diventa un ingrediente per riga.</translation>
    </message>
    <message>
        <source>Deepest type</source>
        <translation>Fototipo più scuro</translation>
    </message>
    <message>
        <source>Dry</source>
        <translation>Secca</translation>
    </message>
    <message>
        <source>Dry skin</source>
        <translation>Pelle secca</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifica {name}</translation>
    </message>
    <message>
        <source>Fitzpatrick type</source>
        <translation>Fototipo di Fitzpatrick</translation>
    </message>
    <message>
        <source>Fragrance-free</source>
        <translation>Senza profumo</translation>
    </message>
    <message>
        <source>Fragrance-free message</source>
        <translation>Messaggio su senza profumo</translation>
    </message>
    <message>
        <source>Helps with</source>
        <translation>Aiuta con</translation>
    </message>
    <message>
        <source>Helps with message</source>
        <translation>Messaggio su aiuta con</translation>
    </message>
    <message>
        <source>How to use it, what to tell the client</source>
        <translation>Come usarlo, che cosa dire al cliente</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Ingredienti</translation>
    </message>
    <message>
        <source>Ingredients message</source>
        <translation>Messaggio sugli ingredienti</translation>
    </message>
    <message>
        <source>Lightest type</source>
        <translation>Fototipo più chiaro</translation>
    </message>
    <message>
        <source>Mica (CI 77019)
Titanium Dioxide (CI 77891)
Zinc Oxide (CI 77947)</source>
        <translation>Mica (CI 77019)
Titanium Dioxide (CI 77891)
Zinc Oxide (CI 77947)</translation>
    </message>
    <message>
        <source>Mineral UV filters only</source>
        <translation>Solo filtri UV minerali</translation>
    </message>
    <message>
        <source>Mineral UV filters only message</source>
        <translation>Messaggio su solo filtri UV minerali</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Name message</source>
        <translation>Messaggio sul nome</translation>
    </message>
    <message>
        <source>None ticked: suits every skin type.</source>
        <translation>Nessuno spuntato: adatto a ogni tipo di pelle.</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Normal skin</source>
        <translation>Pelle normale</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes message</source>
        <translation>Messaggio sulle note</translation>
    </message>
    <message>
        <source>Offered to &amp;clients (recommended on aftercare sheets)</source>
        <translation>Proposto ai &amp;clienti (consigliato sulle schede post-trattamento)</translation>
    </message>
    <message>
        <source>Offered to clients</source>
        <translation>Proposto ai clienti</translation>
    </message>
    <message>
        <source>Oily</source>
        <translation>Grassa</translation>
    </message>
    <message>
        <source>Oily skin</source>
        <translation>Pelle grassa</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Product message</source>
        <translation>Messaggio sul prodotto</translation>
    </message>
    <message>
        <source>Save product</source>
        <translation>Salva prodotto</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensibile</translation>
    </message>
    <message>
        <source>Sensitive skin</source>
        <translation>Pelle sensibile</translation>
    </message>
    <message>
        <source>Shades message</source>
        <translation>Messaggio sulle tonalità</translation>
    </message>
    <message>
        <source>Skin types message</source>
        <translation>Messaggio sui tipi di pelle</translation>
    </message>
    <message>
        <source>Suits skin types</source>
        <translation>Adatto ai tipi di pelle</translation>
    </message>
    <message>
        <source>Who makes it</source>
        <translation>Chi lo produce</translation>
    </message>
    <message>
        <source>e.g. Pure Mineral Foundation</source>
        <translation>es. Fondotinta minerale puro</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
</context>
<context>
    <name>ProductsScreen</name>
    <message numerus="yes">
        <source>%n products</source>
        <translation>
            <numerusform>%n prodotto</numerusform>
            <numerusform>%n prodotti</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add product…</source>
        <translation>&amp;Aggiungi prodotto…</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoria</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Disattiva</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Tutte le categorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Prodotti</translation>
    </message>
    <message>
        <source>Products list</source>
        <translation>Elenco dei prodotti</translation>
    </message>
    <message>
        <source>Products message</source>
        <translation>Messaggio sui prodotti</translation>
    </message>
    <message>
        <source>Products shown</source>
        <translation>Prodotti mostrati</translation>
    </message>
    <message>
        <source>Rea&amp;ctivate</source>
        <translation>Ri&amp;attiva</translation>
    </message>
    <message>
        <source>Search by name, brand or ingredient</source>
        <translation>Cerca per nome, marca o ingrediente</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Cerca prodotti</translation>
    </message>
    <message>
        <source>Show products no longer offered</source>
        <translation>Mostra i prodotti non più proposti</translation>
    </message>
    <message>
        <source>Stop recommending this product; it stays in the catalogue</source>
        <translation>Non consigliare più questo prodotto; resta nel catalogo</translation>
    </message>
    <message>
        <source>The products acudesk recommends on aftercare sheets. A product is never recommended to a client who reacts to one of its ingredients; sensitive skin gets fragrance-free, mineral products only.</source>
        <translation>I prodotti che acudesk consiglia sulle schede post-trattamento. Un prodotto non viene mai consigliato a un cliente che reagisce a uno dei suoi ingredienti; alla pelle sensibile solo prodotti minerali e senza profumo.</translation>
    </message>
    <message>
        <source>{name} is no longer recommended. It stays in the catalogue.</source>
        <translation>{name} non viene più consigliato. Resta nel catalogo.</translation>
    </message>
    <message>
        <source>{name} is recommended again.</source>
        <translation>{name} viene di nuovo consigliato.</translation>
    </message>
    <message>
        <source>{name} is saved.</source>
        <translation>{name} è salvato.</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n products</source>
        <translation>
            <numerusform>{shown} di %n prodotto</numerusform>
            <numerusform>{shown} di %n prodotti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductsTableModel</name>
    <message>
        <source>Any</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Fragrance-free</source>
        <translation>Senza profumo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Non proposto</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Proposto</translation>
    </message>
    <message>
        <source>Shades</source>
        <translation>Tonalità</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
</context>
<context>
    <name>ProtocolActions</name>
    <message>
        <source>Saved as protocol &apos;{name}&apos;</source>
        <translation>Salvato come protocollo «{name}»</translation>
    </message>
</context>
<context>
    <name>ProtocolCautionDialog</name>
    <message>
        <source>Cautioned points in the protocol</source>
        <translation>Punti con avvertenze nel protocollo</translation>
    </message>
    <message>
        <source>Give the reason, or leave these points out.</source>
        <translation>Indica il motivo, oppure escludi questi punti.</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Escludili</translation>
    </message>
    <message>
        <source>Place them with this reason</source>
        <translation>Inseriscili con questo motivo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reason to needle them anyway:</source>
        <translation>Motivo per trattarli comunque:</translation>
    </message>
    <message>
        <source>This protocol places needles on points cautioned for this client:</source>
        <translation>Questo protocollo inserisce aghi in punti con avvertenze per questo cliente:</translation>
    </message>
</context>
<context>
    <name>RecommendationsWidget</name>
    <message>
        <source>Allergies to check</source>
        <translation>Allergie da verificare</translation>
    </message>
    <message>
        <source>Hide what was left out</source>
        <translation>Nascondi ciò che è stato escluso</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Esclusi</translation>
    </message>
    <message>
        <source>Nothing in the catalogue suits this client.</source>
        <translation>Nel catalogo non c&apos;è nulla di adatto a questo cliente.</translation>
    </message>
    <message>
        <source>Picked from the catalogue for this client&apos;s skin, concerns and allergies. Change a pick from its list; only products that suit the client are offered.</source>
        <translation>Scelti dal catalogo in base a pelle, inestetismi e allergie del cliente. Cambia una scelta dal suo elenco; vengono proposti solo prodotti adatti al cliente.</translation>
    </message>
    <message>
        <source>Picks</source>
        <translation>Scelte</translation>
    </message>
    <message>
        <source>Recommendations notice</source>
        <translation>Avviso sui consigli</translation>
    </message>
    <message>
        <source>Recommended products</source>
        <translation>Prodotti consigliati</translation>
    </message>
    <message>
        <source>Show what was left out, and why</source>
        <translation>Mostra ciò che è stato escluso, e perché</translation>
    </message>
    <message>
        <source>{category} pick</source>
        <translation>Scelta per {category}</translation>
    </message>
    <message>
        <source>{category} reason</source>
        <translation>Motivo per {category}</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsWidget</name>
    <message numerus="yes">
        <source> hour(s) before</source>
        <translation>
            <numerusform> ora prima</numerusform>
            <numerusform> ore prima</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> minute(s)</source>
        <translation>
            <numerusform> minuto</numerusform>
            <numerusform> minuti</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Quiet from</source>
        <translation>Silen&amp;zio dalle</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utente</translation>
    </message>
    <message>
        <source>A password is kept in the keyring.</source>
        <translation>Una password è conservata nel portachiavi.</translation>
    </message>
    <message>
        <source>APPOINTMENT REMINDERS</source>
        <translation>PROMEMORIA DEGLI APPUNTAMENTI</translation>
    </message>
    <message>
        <source>Appointment reminders</source>
        <translation>Promemoria degli appuntamenti</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Sicurezza della connessione</translation>
    </message>
    <message>
        <source>EMAIL (SMTP)</source>
        <translation>E-MAIL (SMTP)</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Indirizzo del mittente</translation>
    </message>
    <message>
        <source>From address message</source>
        <translation>Messaggio sull&apos;indirizzo del mittente</translation>
    </message>
    <message>
        <source>Gateway UR&amp;L or address</source>
        <translation>UR&amp;L o indirizzo del gateway</translation>
    </message>
    <message>
        <source>Gateway URL or address</source>
        <translation>URL o indirizzo del gateway</translation>
    </message>
    <message>
        <source>Gateway URL or address message</source>
        <translation>Messaggio su URL o indirizzo del gateway</translation>
    </message>
    <message>
        <source>Hours before the appointment</source>
        <translation>Ore prima dell&apos;appuntamento</translation>
    </message>
    <message>
        <source>Hours before the appointment message</source>
        <translation>Messaggio sulle ore prima dell&apos;appuntamento</translation>
    </message>
    <message>
        <source>Minutes after booking</source>
        <translation>Minuti dopo la prenotazione</translation>
    </message>
    <message>
        <source>Minutes after booking message</source>
        <translation>Messaggio sui minuti dopo la prenotazione</translation>
    </message>
    <message>
        <source>No message goes in the quiet hours (they may run past midnight): one due then waits for their end. Nothing goes for an appointment already confirmed or cancelled, and only one of each kind per appointment.</source>
        <translation>Nessun messaggio parte nelle ore di silenzio (possono superare la mezzanotte): uno dovuto allora attende la loro fine. Nulla parte per un appuntamento già confermato o annullato, e solo uno per tipo per appuntamento.</translation>
    </message>
    <message>
        <source>No password kept yet.</source>
        <translation>Nessuna password ancora conservata.</translation>
    </message>
    <message>
        <source>No user: the server is used without one.</source>
        <translation>Nessun utente: il server si usa senza.</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;orta</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password kept in this computer&apos;s keyring.</source>
        <translation>Password conservata nel portachiavi di questo computer.</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Ore di silenzio dalle</translation>
    </message>
    <message>
        <source>Quiet hours until</source>
        <translation>Ore di silenzio fino alle</translation>
    </message>
    <message>
        <source>Reminders go by email only.</source>
        <translation>I promemoria partono solo via e-mail.</translation>
    </message>
    <message>
        <source>Reminders go through the clinic&apos;s own mail server and SMS gateway, to clients who agreed on their form; no outside service is involved.</source>
        <translation>I promemoria passano dal server di posta e dal gateway SMS della clinica, ai clienti che hanno acconsentito nella loro scheda; nessun servizio esterno è coinvolto.</translation>
    </message>
    <message>
        <source>Reminders saved</source>
        <translation>Promemoria salvati</translation>
    </message>
    <message>
        <source>Reminders saved.</source>
        <translation>Promemoria salvati.</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>SMS &amp;gateway</source>
        <translation>&amp;Gateway SMS</translation>
    </message>
    <message>
        <source>SMS gateway</source>
        <translation>Gateway SMS</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>Password SMTP</translation>
    </message>
    <message>
        <source>SMTP password message</source>
        <translation>Messaggio sulla password SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>Porta SMTP</translation>
    </message>
    <message>
        <source>SMTP port message</source>
        <translation>Messaggio sulla porta SMTP</translation>
    </message>
    <message>
        <source>SMTP s&amp;erver</source>
        <translation>S&amp;erver SMTP</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Server SMTP</translation>
    </message>
    <message>
        <source>SMTP server message</source>
        <translation>Messaggio sul server SMTP</translation>
    </message>
    <message>
        <source>SMTP user</source>
        <translation>Utente SMTP</translation>
    </message>
    <message>
        <source>Sa&amp;ve password</source>
        <translation>Sal&amp;va password</translation>
    </message>
    <message>
        <source>Save the password</source>
        <translation>Salva la password</translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation>Sicure&amp;zza</translation>
    </message>
    <message>
        <source>Send &amp;before</source>
        <translation>Invia &amp;prima</translation>
    </message>
    <message>
        <source>Send a test &amp;message</source>
        <translation>Invia un &amp;messaggio di prova</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Invia un messaggio di prova</translation>
    </message>
    <message>
        <source>Sending the test message</source>
        <translation>Invio del messaggio di prova</translation>
    </message>
    <message>
        <source>Sending the test message to {to}…</source>
        <translation>Invio del messaggio di prova a {to}…</translation>
    </message>
    <message>
        <source>TRY IT</source>
        <translation>PROVA</translation>
    </message>
    <message>
        <source>Test message message</source>
        <translation>Messaggio sulla prova</translation>
    </message>
    <message>
        <source>Test message sent to {to}: check it arrived.</source>
        <translation>Messaggio di prova inviato a {to}: controlli che sia arrivato.</translation>
    </message>
    <message>
        <source>Test message to</source>
        <translation>Messaggio di prova a</translation>
    </message>
    <message>
        <source>The address an SMS is emailed to, through the SMTP server above: {phone_digits} is the number&apos;s digits.</source>
        <translation>L&apos;indirizzo a cui l&apos;SMS viene inviato per e-mail, tramite il server SMTP qui sopra: {phone_digits} sono le cifre del numero.</translation>
    </message>
    <message>
        <source>The gateway&apos;s web address: {phone} (or {phone_digits}) and {message} are put in, url-encoded.</source>
        <translation>L&apos;indirizzo web del gateway: vi si inseriscono {phone} (o {phone_digits}) e {message}, codificati per URL.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>QUANDO</translation>
    </message>
    <message>
        <source>Wai&amp;t after booking</source>
        <translation>A&amp;ttendi dopo la prenotazione</translation>
    </message>
    <message>
        <source>an email address or a mobile number</source>
        <translation>un indirizzo e-mail o un numero di cellulare</translation>
    </message>
    <message>
        <source>reception@clinic.example</source>
        <translation>reception@clinica.example</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>unt&amp;il</source>
        <translation>f&amp;ino alle</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>&amp;Confirm new password</source>
        <translation>&amp;Conferma la nuova password</translation>
    </message>
    <message>
        <source>Choose a new password for &lt;b&gt;{name}&lt;/b&gt; ({username}). Tell them in person; their account is unlocked at the same time.</source>
        <translation>Scegli una nuova password per &lt;b&gt;{name}&lt;/b&gt; ({username}). Comunicagliela di persona; il suo account viene sbloccato nello stesso momento.</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Conferma la nuova password</translation>
    </message>
    <message>
        <source>Confirm new password message</source>
        <translation>Messaggio sulla conferma della nuova password</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Nuova &amp;password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nuova password</translation>
    </message>
    <message>
        <source>New password message</source>
        <translation>Messaggio sulla nuova password</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reimposta password</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Imposta password</translation>
    </message>
    <message>
        <source>The two passwords are different. Type them again.</source>
        <translation>Le due password sono diverse. Scrivile di nuovo.</translation>
    </message>
    <message>
        <source>Whose password</source>
        <translation>Di chi è la password</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Ripristina da un backup…</translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation>Backup da ripristinare</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Scegli il backup da ripristinare</translation>
    </message>
    <message>
        <source>Database replaced</source>
        <translation>Database sostituito</translation>
    </message>
    <message>
        <source>Everything entered since the backup was taken is replaced. The current database is kept aside first, so nothing is deleted. Close acudesk on the other computers first; afterwards everyone signs in again.</source>
        <translation>Tutto ciò che è stato inserito dopo il backup viene sostituito. Il database attuale viene prima messo da parte, quindi nulla viene eliminato. Chiudi prima acudesk sugli altri computer; dopo, tutti accedono di nuovo.</translation>
    </message>
    <message>
        <source>Replace the whole database by this backup?</source>
        <translation>Sostituire l&apos;intero database con questo backup?</translation>
    </message>
    <message>
        <source>Restore from a backup — acudesk</source>
        <translation>Ripristina da un backup — acudesk</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Ripristinato</translation>
    </message>
    <message>
        <source>THE BACKUP</source>
        <translation>IL BACKUP</translation>
    </message>
    <message>
        <source>Taken at an unknown time</source>
        <translation>Creato in un momento sconosciuto</translation>
    </message>
    <message>
        <source>Taken {day} at {time}</source>
        <translation>Creato il {day} alle {time}</translation>
    </message>
    <message>
        <source>The database was restored from {path}. The database it replaced is kept as {aside}. Sign in again to carry on.</source>
        <translation>Il database è stato ripristinato da {path}. Il database sostituito è conservato come {aside}. Accedi di nuovo per continuare.</translation>
    </message>
    <message>
        <source>The restore failed</source>
        <translation>Ripristino non riuscito</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>Questo backup non può essere ripristinato</translation>
    </message>
    <message>
        <source>WHAT IT REPLACES</source>
        <translation>COSA SOSTITUISCE</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Cosa succede</translation>
    </message>
    <message>
        <source>acudesk backups (*.sqlite3 *.pgdump);;All files (*)</source>
        <translation>Backup di acudesk (*.sqlite3 *.pgdump);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>schema {revision}</source>
        <extracomment>{revision} is a schema revision such as 0007.</extracomment>
        <translation>schema {revision}</translation>
    </message>
    <message>
        <source>{database} (damaged)</source>
        <translation>{database} (danneggiato)</translation>
    </message>
    <message>
        <source>{schema}, brought up to date once restored</source>
        <translation>{schema}, aggiornato dopo il ripristino</translation>
    </message>
</context>
<context>
    <name>RetentionBadges</name>
    <message>
        <source>Needle retention: time left</source>
        <translation>Posa degli aghi: tempo rimasto</translation>
    </message>
    <message>
        <source>Time up</source>
        <translation>Tempo scaduto</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>mancano {time}</translation>
    </message>
</context>
<context>
    <name>RetentionTimers</name>
    <message>
        <source>Retention time is up</source>
        <translation>Tempo di permanenza scaduto</translation>
    </message>
    <message>
        <source>acudesk retention timers</source>
        <translation>Timer di permanenza di acudesk</translation>
    </message>
    <message numerus="yes">
        <source>{who}: %n minutes are over. Time to remove the needles.</source>
        <translation>
            <numerusform>{who}: è passato %n minuto. È ora di rimuovere gli aghi.</numerusform>
            <numerusform>{who}: sono passati %n minuti. È ora di rimuovere gli aghi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomTimersWidget</name>
    <message>
        <source>Room timers</source>
        <translation>Timer delle sale</translation>
    </message>
    <message>
        <source>Room timers: {timers}</source>
        <translation>Timer delle sale: {timers}</translation>
    </message>
    <message>
        <source>{who} ended</source>
        <translation>{who} finito</translation>
    </message>
</context>
<context>
    <name>SaveProtocolDialog</name>
    <message>
        <source>Keep both names</source>
        <translation>Tieni entrambi i nomi</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sostituisci</translation>
    </message>
    <message>
        <source>Replace the protocol?</source>
        <translation>Sostituire il protocollo?</translation>
    </message>
    <message>
        <source>Save protocol</source>
        <translation>Salva protocollo</translation>
    </message>
    <message>
        <source>There is already a protocol called &apos;{name}&apos;. Replace it with this chart?</source>
        <translation>Esiste già un protocollo chiamato «{name}». Sostituirlo con questa mappa?</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <source>{name} has work that is not saved yet. Enter their password to save or close it first.</source>
        <translation>{name} ha del lavoro non ancora salvato. Inserisci la sua password per salvarlo o chiuderlo prima.</translation>
    </message>
</context>
<context>
    <name>ScreenLockSettingsWidget</name>
    <message numerus="yes">
        <source> minute(s) without use</source>
        <translation>
            <numerusform> minuto senza uso</numerusform>
            <numerusform> minuti senza uso</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock the screens &amp;after</source>
        <translation>Blocca gli schermi &amp;dopo</translation>
    </message>
    <message>
        <source>Minutes before the screens lock</source>
        <translation>Minuti prima del blocco degli schermi</translation>
    </message>
    <message>
        <source>SCREEN LOCK</source>
        <translation>BLOCCO DELLO SCHERMO</translation>
    </message>
    <message numerus="yes">
        <source>Saved. The screens lock after %n minute(s) without use.</source>
        <translation>
            <numerusform>Salvato. Gli schermi si bloccano dopo %n minuto senza uso.</numerusform>
            <numerusform>Salvato. Gli schermi si bloccano dopo %n minuti senza uso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Blocco dello schermo</translation>
    </message>
    <message>
        <source>Screen lock message</source>
        <translation>Messaggio del blocco dello schermo</translation>
    </message>
    <message>
        <source>Screen lock saved</source>
        <translation>Blocco dello schermo salvato</translation>
    </message>
    <message>
        <source>With no key pressed and no click for this long, acudesk hides every window (session notes included) until the person&apos;s password is given again. Ctrl+L locks at once.</source>
        <translation>Se per questo tempo non si preme un tasto né si fa clic, acudesk nasconde tutte le finestre (note delle sedute comprese) finché non si inserisce di nuovo la password della persona. Ctrl+L blocca subito.</translation>
    </message>
</context>
<context>
    <name>SeriesFlow</name>
    <message>
        <source>&amp;Leave it</source>
        <translation>&amp;Lascia com&apos;è</translation>
    </message>
    <message>
        <source>&amp;This one</source>
        <translation>Solo &amp;questa</translation>
    </message>
    <message>
        <source>Cancel a session of a course</source>
        <translation>Annullare una seduta del ciclo</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled {client}&apos;s session and the %n following.</source>
        <translation>
            <numerusform>Annullate la seduta di {client} e %n successiva.</numerusform>
            <numerusform>Annullate la seduta di {client} e le %n successive.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move a session of a course</source>
        <translation>Spostare una seduta del ciclo</translation>
    </message>
    <message numerus="yes">
        <source>Moved {client}&apos;s session and the %n following, from {when}.</source>
        <translation>
            <numerusform>Spostate la seduta di {client} e %n successiva, da {when}.</numerusform>
            <numerusform>Spostate la seduta di {client} e le %n successive, da {when}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The course was not moved</source>
        <translation>Il ciclo non è stato spostato</translation>
    </message>
    <message>
        <source>This and the &amp;following</source>
        <translation>Questa e le &amp;successive</translation>
    </message>
    <message numerus="yes">
        <source>This session of {client}&apos;s course has %n more after it. Cancel only this one, or this one and the following?</source>
        <translation>
            <numerusform>Dopo questa seduta del ciclo di {client} ne resta %n. Annullare solo questa, o questa e le successive?</numerusform>
            <numerusform>Dopo questa seduta del ciclo di {client} ne restano %n. Annullare solo questa, o questa e le successive?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This session of {client}&apos;s course has %n more after it. Move only this one, or this one and the following by the same time?</source>
        <translation>
            <numerusform>Dopo questa seduta del ciclo di {client} ne resta %n. Spostare solo questa, o questa e le successive dello stesso tempo?</numerusform>
            <numerusform>Dopo questa seduta del ciclo di {client} ne restano %n. Spostare solo questa, o questa e le successive dello stesso tempo?</numerusform>
        </translation>
    </message>
    <message>
        <source>{when}: {problem}</source>
        <translation>{when}: {problem}</translation>
    </message>
</context>
<context>
    <name>SessionAmendDialog</name>
    <message>
        <source>&amp;Why is the session being changed?</source>
        <translation>&amp;Perché la seduta viene modificata?</translation>
    </message>
    <message>
        <source>Amend a completed session</source>
        <translation>Modifica di una seduta conclusa</translation>
    </message>
    <message>
        <source>Amend session — acudesk</source>
        <translation>Modifica seduta — acudesk</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Motivo della modifica</translation>
    </message>
    <message>
        <source>Reason for the amendment message</source>
        <translation>Messaggio sul motivo della modifica</translation>
    </message>
    <message>
        <source>The session keeps its first version; the trail shows who changed it, when and why.</source>
        <translation>La seduta conserva la prima versione; lo storico mostra chi l&apos;ha modificata, quando e perché.</translation>
    </message>
</context>
<context>
    <name>SessionApplyProtocolDialog</name>
    <message>
        <source>&amp;Replace the chart</source>
        <translation>&amp;Sostituisci la mappa</translation>
    </message>
    <message>
        <source>A&amp;dd to the chart</source>
        <translation>&amp;Aggiungi alla mappa</translation>
    </message>
    <message>
        <source>Add to the chart</source>
        <translation>Aggiungi alla mappa</translation>
    </message>
    <message>
        <source>Apply a protocol</source>
        <translation>Applica un protocollo</translation>
    </message>
    <message>
        <source>Apply protocol — acudesk</source>
        <translation>Applica protocollo — acudesk</translation>
    </message>
    <message>
        <source>No protocols</source>
        <translation>Nessun protocollo</translation>
    </message>
    <message>
        <source>No protocols yet. Chart a session, then “Save as protocol…”.</source>
        <translation>Ancora nessun protocollo. Compila la mappa di una seduta, poi «Salva come protocollo…».</translation>
    </message>
    <message>
        <source>Protocol description</source>
        <translation>Descrizione del protocollo</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protocolli</translation>
    </message>
    <message>
        <source>Replace the chart</source>
        <translation>Sostituisci la mappa</translation>
    </message>
    <message>
        <source>You can undo this on the chart (Ctrl+Z).</source>
        <translation>Puoi annullare l&apos;operazione sulla mappa (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <source>All changes saved</source>
        <translation>Tutte le modifiche salvate</translation>
    </message>
    <message>
        <source>Amending: not saved yet</source>
        <translation>In modifica: non ancora salvata</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Conclusa</translation>
    </message>
    <message>
        <source>Completed {time}, read-only</source>
        <translation>Conclusa alle {time}, sola lettura</translation>
    </message>
    <message>
        <source>Imported from a file by {importer} on {day}; originally recorded by {author}</source>
        <translation>Importata da un file da {importer} il {day}; registrata in origine da {author}</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>Modifiche non salvate…</translation>
    </message>
    <message>
        <source>{name} — {course} — acudesk</source>
        <translation>{name} — {course} — acudesk</translation>
    </message>
</context>
<context>
    <name>SessionHistoryWidget</name>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nuova seduta</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>&amp;Repeat last session</source>
        <translation>&amp;Ripeti l&apos;ultima seduta</translation>
    </message>
    <message>
        <source>A session is already open</source>
        <translation>C&apos;è già una seduta aperta</translation>
    </message>
    <message>
        <source>Areas treated</source>
        <translation>Zone trattate</translation>
    </message>
    <message>
        <source>Areas: {areas}</source>
        <translation>Zone: {areas}</translation>
    </message>
    <message>
        <source>Cancelled sessions and why, for administrators</source>
        <translation>Le sedute annullate e il perché, per gli amministratori</translation>
    </message>
    <message>
        <source>Chart preview</source>
        <translation>Anteprima della mappa</translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation>Avanzamento del ciclo</translation>
    </message>
    <message>
        <source>Course progress bar</source>
        <translation>Barra di avanzamento del ciclo</translation>
    </message>
    <message>
        <source>Double-click a session, or press Enter, to open it.</source>
        <translation>Fai doppio clic su una seduta, o premi Invio, per aprirla.</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nuova seduta</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Nessuna seduta</translation>
    </message>
    <message>
        <source>No sessions yet  ·  a course is {length}</source>
        <translation>Ancora nessuna seduta  ·  un ciclo è di {length}</translation>
    </message>
    <message>
        <source>No sessions yet. Start the first one with “New session”; the pre-treatment check comes first.</source>
        <translation>Ancora nessuna seduta. Inizia la prima con «Nuova seduta»; prima viene il controllo pre-trattamento.</translation>
    </message>
    <message>
        <source>Only practitioners chart sessions.</source>
        <translation>Solo gli operatori compilano le sedute.</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Apri seduta</translation>
    </message>
    <message>
        <source>Open that session</source>
        <translation>Apri quella seduta</translation>
    </message>
    <message>
        <source>Repeat last session</source>
        <translation>Ripeti l&apos;ultima seduta</translation>
    </message>
    <message>
        <source>Select a session to see its chart.</source>
        <translation>Seleziona una seduta per vederne la mappa.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sedute</translation>
    </message>
    <message>
        <source>Sessions notice</source>
        <translation>Avviso sulle sedute</translation>
    </message>
    <message>
        <source>Show cancelled sessions</source>
        <translation>Mostra le sedute annullate</translation>
    </message>
    <message>
        <source>Start a new session for this client (Ctrl+Shift+N)</source>
        <translation>Inizia una nuova seduta per questo cliente (Ctrl+Maiusc+N)</translation>
    </message>
    <message>
        <source>Start a new session with the needles and electro pairs of the latest one, placed once the pre-treatment check is done</source>
        <translation>Inizia una nuova seduta con gli aghi e le coppie di elettrostimolazione dell&apos;ultima, posati quando il controllo pre-trattamento è fatto</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>modificata</translation>
    </message>
    <message>
        <source>cancelled: {reason}</source>
        <translation>annullata: {reason}</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>conclusa</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aperta</translation>
    </message>
    <message>
        <source>{name} already has an open session. A client has one open session at a time: open it to carry on, or cancel it from its window.</source>
        <translation>{name} ha già una seduta aperta. Un cliente ha una sola seduta aperta alla volta: aprila per continuare, oppure annullala dalla sua finestra.</translation>
    </message>
</context>
<context>
    <name>SessionIncidentDialog</name>
    <message>
        <source>&amp;No, not found</source>
        <translation>&amp;No, non trovato</translation>
    </message>
    <message>
        <source>&amp;Where did you search?</source>
        <translation>&amp;Dove hai cercato?</translation>
    </message>
    <message>
        <source>&amp;Yes, found</source>
        <translation>&amp;Sì, trovato</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trovato</translation>
    </message>
    <message>
        <source>Found message</source>
        <translation>Messaggio su trovato</translation>
    </message>
    <message>
        <source>Needle count incident</source>
        <translation>Incidente nel conteggio degli aghi</translation>
    </message>
    <message>
        <source>Needle counts</source>
        <translation>Conteggio degli aghi</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Non trovato</translation>
    </message>
    <message>
        <source>Record a needle incident — acudesk</source>
        <translation>Registra un incidente con gli aghi — acudesk</translation>
    </message>
    <message>
        <source>Was the needle found?</source>
        <translation>L&apos;ago è stato trovato?</translation>
    </message>
    <message>
        <source>What &amp;was done?</source>
        <translation>Che cosa è stato &amp;fatto?</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Che cosa è stato fatto</translation>
    </message>
    <message>
        <source>What was done message</source>
        <translation>Messaggio su che cosa è stato fatto</translation>
    </message>
    <message>
        <source>Where searched</source>
        <translation>Dove si è cercato</translation>
    </message>
    <message>
        <source>Where searched message</source>
        <translation>Messaggio su dove si è cercato</translation>
    </message>
    <message>
        <source>client, hairline, clothing, couch, floor…</source>
        <translation>cliente, attaccatura dei capelli, vestiti, lettino, pavimento…</translation>
    </message>
</context>
<context>
    <name>SessionLife</name>
    <message>
        <source>Ca&amp;ncel session…</source>
        <translation>A&amp;nnulla la seduta…</translation>
    </message>
    <message>
        <source>Call this session off, saying why (kept for the admins)</source>
        <translation>Annulla questa seduta, dicendo perché (resta visibile agli amministratori)</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Annulla la seduta</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Annulla la seduta</translation>
    </message>
    <message>
        <source>Cancel the session…</source>
        <translation>Annulla la seduta…</translation>
    </message>
    <message>
        <source>Closed with nothing recorded</source>
        <translation>Chiusa senza nulla di registrato</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Torna indietro</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Tienila come bozza</translation>
    </message>
    <message>
        <source>Keep the session</source>
        <translation>Tieni la seduta</translation>
    </message>
    <message>
        <source>Nothing is recorded in this session yet. Keep it open as a draft to carry on later (it stays the client&apos;s open session), or cancel it?</source>
        <translation>In questa seduta non è ancora registrato nulla. La tieni aperta come bozza per continuare più tardi (resta la seduta aperta del cliente), oppure la annulli?</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Ancora nulla di registrato</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Motivo dell&apos;annullamento</translation>
    </message>
    <message>
        <source>The needles of the last session are placed once the pre-treatment check is done.</source>
        <translation>Gli aghi dell&apos;ultima seduta vengono posati quando il controllo pre-trattamento è fatto.</translation>
    </message>
    <message>
        <source>The session leaves the client&apos;s history; administrators still see it, with the reason. Why is it cancelled?</source>
        <translation>La seduta esce dallo storico del cliente; gli amministratori la vedono ancora, con il motivo. Perché viene annullata?</translation>
    </message>
    <message>
        <source>e.g. the client felt unwell before needling</source>
        <translation>es. il cliente si è sentito male prima degli aghi</translation>
    </message>
</context>
<context>
    <name>SessionLook</name>
    <message>
        <source>AMENDED</source>
        <translation>MODIFICATA</translation>
    </message>
    <message>
        <source>AMENDING</source>
        <translation>IN MODIFICA</translation>
    </message>
    <message>
        <source>Amended {when} by &lt;b&gt;{name}&lt;/b&gt;: “{reason}”</source>
        <translation>Modificata il {when} da &lt;b&gt;{name}&lt;/b&gt;: «{reason}»</translation>
    </message>
    <message>
        <source>COMPLETED</source>
        <translation>CONCLUSA</translation>
    </message>
    <message>
        <source>Completed {when}.</source>
        <translation>Conclusa il {when}.</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>APERTA</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} alle {time}</translation>
    </message>
</context>
<context>
    <name>SessionProtocolDialog</name>
    <message>
        <source>&amp;Description (optional)</source>
        <translation>&amp;Descrizione (facoltativa)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>A protocol is a named chart you can apply to any session later.</source>
        <translation>Un protocollo è una mappa con un nome, da applicare poi a qualsiasi seduta.</translation>
    </message>
    <message>
        <source>Protocol chart message</source>
        <translation>Messaggio sulla mappa del protocollo</translation>
    </message>
    <message>
        <source>Protocol description</source>
        <translation>Descrizione del protocollo</translation>
    </message>
    <message>
        <source>Protocol name</source>
        <translation>Nome del protocollo</translation>
    </message>
    <message>
        <source>Protocol name message</source>
        <translation>Messaggio sul nome del protocollo</translation>
    </message>
    <message>
        <source>Save as protocol — acudesk</source>
        <translation>Salva come protocollo — acudesk</translation>
    </message>
    <message>
        <source>Save the chart as a protocol</source>
        <translation>Salva la mappa come protocollo</translation>
    </message>
</context>
<context>
    <name>SessionWidget</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Add event</source>
        <translation>&amp;Aggiungi evento</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Complete session</source>
        <translation>&amp;Concludi seduta</translation>
    </message>
    <message>
        <source>&amp;Gua sha massage given</source>
        <translation>Massaggio &amp;gua sha eseguito</translation>
    </message>
    <message>
        <source>&amp;Reactions</source>
        <translation>&amp;Reazioni</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>&amp;Update the intake…</source>
        <translation>&amp;Aggiorna l&apos;anamnesi…</translation>
    </message>
    <message>
        <source>A stop alert stands. Why does treatment go ahead?</source>
        <translation>C&apos;è un avviso di stop. Perché il trattamento procede?</translation>
    </message>
    <message>
        <source>A&amp;pply protocol…</source>
        <translation>A&amp;pplica protocollo…</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Aggiungi evento</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Eventi avversi</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Amendment trail</source>
        <translation>Storico delle modifiche</translation>
    </message>
    <message>
        <source>Apply protocol</source>
        <translation>Applica protocollo</translation>
    </message>
    <message>
        <source>Before any needle: the pre-treatment check</source>
        <translation>Prima di ogni ago: il controllo pre-trattamento</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Chiudi senza salvare</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>Chiudere senza salvare?</translation>
    </message>
    <message>
        <source>Complete session</source>
        <translation>Concludi seduta</translation>
    </message>
    <message>
        <source>Course message</source>
        <translation>Messaggio sul ciclo</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Fold the check away</source>
        <translation>Chiudi il controllo</translation>
    </message>
    <message>
        <source>Fold the pre-treatment check</source>
        <translation>Chiudi il controllo pre-trattamento</translation>
    </message>
    <message>
        <source>From the client&apos;s course: start or close a course on the Sessions tab</source>
        <translation>Dal ciclo del cliente: inizia o chiudi un ciclo nella scheda Sedute</translation>
    </message>
    <message>
        <source>Gua sha</source>
        <translation>Gua sha</translation>
    </message>
    <message>
        <source>I have &amp;read the alerts</source>
        <translation>Ho &amp;letto gli avvisi</translation>
    </message>
    <message>
        <source>I have read the alerts</source>
        <translation>Ho letto gli avvisi</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Needle &amp;count</source>
        <translation>&amp;Conteggio aghi</translation>
    </message>
    <message>
        <source>Needles &amp;in</source>
        <translation>Aghi &amp;inseriti</translation>
    </message>
    <message>
        <source>Needles &amp;out (counted at removal)</source>
        <translation>Aghi &amp;rimossi (contati alla rimozione)</translation>
    </message>
    <message>
        <source>Needles in</source>
        <translation>Aghi inseriti</translation>
    </message>
    <message>
        <source>Needles in hint</source>
        <translation>Suggerimento sugli aghi inseriti</translation>
    </message>
    <message>
        <source>Needles in message</source>
        <translation>Messaggio sugli aghi inseriti</translation>
    </message>
    <message>
        <source>Needles out</source>
        <translation>Aghi rimossi</translation>
    </message>
    <message>
        <source>Needles out message</source>
        <translation>Messaggio sugli aghi rimossi</translation>
    </message>
    <message>
        <source>Needling done — start &amp;timer</source>
        <translation>Aghi inseriti — avvia il &amp;timer</translation>
    </message>
    <message>
        <source>Needling done — start timer</source>
        <translation>Aghi inseriti — avvia il timer</translation>
    </message>
    <message>
        <source>No screening alerts for this client.</source>
        <translation>Nessun avviso di screening per questo cliente.</translation>
    </message>
    <message>
        <source>Notes message</source>
        <translation>Messaggio sulle note</translation>
    </message>
    <message>
        <source>Nothing has changed since the intake</source>
        <translation>Nulla è cambiato dall&apos;anamnesi</translation>
    </message>
    <message>
        <source>Place in the course</source>
        <translation>Posizione nel ciclo</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>Plan for next time</source>
        <translation>Piano per la prossima volta</translation>
    </message>
    <message>
        <source>Pre-treatment check</source>
        <translation>Controllo pre-trattamento</translation>
    </message>
    <message>
        <source>Pre-treatment check message</source>
        <translation>Messaggio sul controllo pre-trattamento</translation>
    </message>
    <message>
        <source>Pre-treatment check summary</source>
        <translation>Riepilogo del controllo pre-trattamento</translation>
    </message>
    <message>
        <source>RETENTION</source>
        <translation>PERMANENZA</translation>
    </message>
    <message>
        <source>Reason to go ahead</source>
        <translation>Motivo per procedere</translation>
    </message>
    <message>
        <source>Record &amp;incident…</source>
        <translation>Registra &amp;incidente…</translation>
    </message>
    <message>
        <source>Record incident</source>
        <translation>Registra incidente</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Rimuovi evento</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Retention minutes</source>
        <translation>Minuti di permanenza</translation>
    </message>
    <message>
        <source>Retention minutes message</source>
        <translation>Messaggio sui minuti di permanenza</translation>
    </message>
    <message>
        <source>Retention time for this session</source>
        <translation>Tempo di permanenza degli aghi in questa seduta</translation>
    </message>
    <message>
        <source>Retention timer</source>
        <translation>Timer di permanenza</translation>
    </message>
    <message>
        <source>Save (Ctrl+S); an open session also saves itself a few seconds after each change</source>
        <translation>Salva (Ctrl+S); una seduta aperta si salva anche da sola pochi secondi dopo ogni modifica</translation>
    </message>
    <message>
        <source>Save as protoco&amp;l…</source>
        <translation>Salva come protoco&amp;llo…</translation>
    </message>
    <message>
        <source>Save as protocol</source>
        <translation>Salva come protocollo</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Salva seduta</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Stato del salvataggio</translation>
    </message>
    <message>
        <source>Session banner</source>
        <translation>Avviso della seduta</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Dettagli della seduta</translation>
    </message>
    <message>
        <source>Session status</source>
        <translation>Stato della seduta</translation>
    </message>
    <message>
        <source>Session — acudesk</source>
        <translation>Seduta — acudesk</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <source>Show the check</source>
        <translation>Mostra il controllo</translation>
    </message>
    <message>
        <source>Show the pre-treatment check</source>
        <translation>Mostra il controllo pre-trattamento</translation>
    </message>
    <message>
        <source>The amendment is not saved yet.</source>
        <translation>La modifica non è ancora salvata.</translation>
    </message>
    <message>
        <source>The client&apos;s response</source>
        <translation>La risposta del cliente</translation>
    </message>
    <message>
        <source>The session was not saved.</source>
        <translation>La seduta non è stata salvata.</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo rimanente</translation>
    </message>
    <message>
        <source>Update the intake</source>
        <translation>Aggiorna l&apos;anamnesi</translation>
    </message>
    <message>
        <source>Use the chart&apos;s count</source>
        <translation>Usa il conteggio della mappa</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Che cosa è successo</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Che cosa è stato fatto</translation>
    </message>
    <message>
        <source>What was treated</source>
        <translation>Che cosa è stato trattato</translation>
    </message>
    <message>
        <source>e.g. physician&apos;s clearance seen, dated …</source>
        <translation>es. visto il nulla osta del medico, datato …</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>non contati</translation>
    </message>
    <message>
        <source>{reason} Close the session and lose the changes?</source>
        <translation>{reason} Chiudere la seduta e perdere le modifiche?</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mesi</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Indirizzo</translation>
    </message>
    <message>
        <source>&amp;Dates are typed as</source>
        <translation>Le &amp;date si scrivono come</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Salva impostazioni</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Alert severities</source>
        <translation>Gravità degli avvisi</translation>
    </message>
    <message>
        <source>Ask for a new intake &amp;after</source>
        <translation>Chiedi una nuova anamnesi &amp;dopo</translation>
    </message>
    <message>
        <source>CLINIC DETAILS — PRINTED ON EVERY HANDOUT</source>
        <translation>DATI DELLO STUDIO — STAMPATI SU OGNI SCHEDA</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Attenzione</translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation>&amp;Nome dello studio</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>Indirizzo dello studio</translation>
    </message>
    <message>
        <source>Clinic address error</source>
        <translation>Errore sull&apos;indirizzo dello studio</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nome dello studio</translation>
    </message>
    <message>
        <source>Clinic name error</source>
        <translation>Errore sul nome dello studio</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>Telefono dello studio</translation>
    </message>
    <message>
        <source>Clinic phone error</source>
        <translation>Errore sul telefono dello studio</translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation>Impostazioni dello studio</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Ordine della data</translation>
    </message>
    <message>
        <source>Day / month / year (23/11/2026)</source>
        <translation>Giorno / mese / anno (23/11/2026)</translation>
    </message>
    <message>
        <source>Days to wait after a cosmetic procedure before facial acupuncture. Published advice varies (from two weeks to several months for injectables): choose what your clinic follows.</source>
        <translation>Giorni da attendere dopo un trattamento estetico prima dell&apos;agopuntura al viso. Le indicazioni pubblicate variano (da due settimane a diversi mesi per gli iniettabili): scegli quelle che segue il tuo studio.</translation>
    </message>
    <message>
        <source>Defaults shown: press Save settings to keep them.</source>
        <translation>Valori predefiniti mostrati: premi Salva impostazioni per tenerli.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Scarta le modifiche</translation>
    </message>
    <message>
        <source>How strongly each screening alert speaks: Stop (red) asks the practitioner not to treat, Caution (amber) asks for care, Note (blue) informs.</source>
        <translation>Quanto pesa ogni avviso di screening: Stop (rosso) chiede all&apos;operatore di non trattare, Attenzione (ambra) chiede cautela, Nota (blu) informa.</translation>
    </message>
    <message>
        <source>Intake out of date</source>
        <translation>Anamnesi non aggiornata</translation>
    </message>
    <message>
        <source>Month / day / year (11/23/2026)</source>
        <translation>Mese / giorno / anno (11/23/2026)</translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>Nessuna modifica da salvare.</translation>
    </message>
    <message>
        <source>No signed consent</source>
        <translation>Nessun consenso firmato</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Phone numbers &amp;without a +country code are from</source>
        <translation>I numeri di telefono &amp;senza prefisso internazionale sono di</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Paese del telefono</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Trattamento</translation>
    </message>
    <message>
        <source>REGION AND SCREENING RULES</source>
        <translation>PAESE E REGOLE DI SCREENING</translation>
    </message>
    <message>
        <source>Recent cosmetic procedure</source>
        <translation>Trattamento estetico recente</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Ripristina predefiniti</translation>
    </message>
    <message>
        <source>Review period in months</source>
        <translation>Periodo di revisione in mesi</translation>
    </message>
    <message>
        <source>Rules error</source>
        <translation>Errore nelle regole</translation>
    </message>
    <message>
        <source>Rules saved</source>
        <translation>Regole salvate</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Save every section of this page at once (Ctrl+S)</source>
        <translation>Salva insieme tutte le sezioni di questa pagina (Ctrl+S)</translation>
    </message>
    <message>
        <source>Saved. New handouts and alerts use these settings.</source>
        <translation>Salvate. I nuovi fogli e gli avvisi usano queste impostazioni.</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Impostazioni salvate</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <source>Severity of {alert}</source>
        <translation>Gravità di {alert}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Impostazioni non salvate</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Attesa</translation>
    </message>
    <message>
        <source>Wait after {procedure}</source>
        <translation>Attesa dopo {procedure}</translation>
    </message>
    <message>
        <source>Waiting periods</source>
        <translation>Tempi di attesa</translation>
    </message>
    <message>
        <source>You changed settings without saving them. Save them before you leave?</source>
        <translation>Hai cambiato delle impostazioni senza salvarle. Vuoi salvarle prima di uscire?</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here</source>
        <translation>Firma qui</translation>
    </message>
    <message>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation>Firma qui con il mouse, una penna o un dito</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
</context>
<context>
    <name>SkinFields</name>
    <message>
        <source>Combination</source>
        <translation>Mista</translation>
    </message>
    <message>
        <source>Dry</source>
        <translation>Secca</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Oily</source>
        <translation>Grassa</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensibile</translation>
    </message>
    <message>
        <source>{scale} type {number}: {definition}</source>
        <translation>{scale} tipo {number}: {definition}</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Needling done — start &amp;timer</source>
        <translation>Aghi inseriti — avvia il &amp;timer</translation>
    </message>
    <message>
        <source>Needling done — start timer</source>
        <translation>Aghi inseriti — avvia il timer</translation>
    </message>
    <message>
        <source>Restart &amp;timer</source>
        <translation>Riavvia il &amp;timer</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Tempo scaduto</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>TodayWidget</name>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appuntamento</numerusform>
            <numerusform>%n appuntamenti</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Arrived</source>
        <translation>&amp;Arrivato</translation>
    </message>
    <message>
        <source>ARRIVED, WAITING</source>
        <translation>ARRIVATI, IN ATTESA</translation>
    </message>
    <message>
        <source>Arrivals waiting</source>
        <translation>Arrivati in attesa</translation>
    </message>
    <message>
        <source>Check &amp;out…</source>
        <translation>Fine &amp;visita…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Client con&amp;firmed</source>
        <translation>Con&amp;fermato</translation>
    </message>
    <message>
        <source>HANDOUTS TO PRINT</source>
        <translation>SCHEDE DA STAMPARE</translation>
    </message>
    <message>
        <source>Handouts to print</source>
        <translation>Schede da stampare</translation>
    </message>
    <message>
        <source>IN THE ROOMS</source>
        <translation>NELLE STANZE</translation>
    </message>
    <message>
        <source>INTAKES TO REVIEW</source>
        <translation>ANAMNESI DA RIVEDERE</translation>
    </message>
    <message>
        <source>In the rooms now</source>
        <translation>Nelle stanze adesso</translation>
    </message>
    <message>
        <source>Intakes due for review</source>
        <translation>Anamnesi da rivedere</translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation>Nessun appuntamento oggi.</translation>
    </message>
    <message>
        <source>No handout left to print.</source>
        <translation>Nessun foglio da stampare.</translation>
    </message>
    <message>
        <source>No intake is due for review.</source>
        <translation>Nessuna anamnesi da rivedere.</translation>
    </message>
    <message>
        <source>Nobody is in treatment now.</source>
        <translation>Nessuno è in trattamento ora.</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Nessuno in attesa.</translation>
    </message>
    <message>
        <source>Nothing left to confirm for tomorrow.</source>
        <translation>Niente da confermare per domani.</translation>
    </message>
    <message>
        <source>Print the aftercare sheet and book the next visit</source>
        <translation>Stampa la scheda post-trattamento e prenota la prossima visita</translation>
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
        <source>Start the session of a client who has arrived, or open it</source>
        <translation>Avvia la seduta di un cliente arrivato, o aprila</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>TODAY</source>
        <translation>OGGI</translation>
    </message>
    <message>
        <source>TOMORROW, NOT YET CONFIRMED</source>
        <translation>DOMANI, NON ANCORA CONFERMATI</translation>
    </message>
    <message>
        <source>The client confirmed tomorrow&apos;s appointment</source>
        <translation>Il cliente ha confermato l&apos;appuntamento di domani</translation>
    </message>
    <message>
        <source>The client is here: a practitioner&apos;s session opens on its pre-check</source>
        <translation>Il cliente è arrivato: la seduta dell&apos;operatore si apre sul controllo pre-trattamento</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Today at a glance</source>
        <translation>Oggi in breve</translation>
    </message>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>Appuntamenti di oggi</translation>
    </message>
    <message>
        <source>Today&apos;s message</source>
        <translation>Messaggio di oggi</translation>
    </message>
    <message>
        <source>Tomorrow not yet confirmed</source>
        <translation>Domani non ancora confermati</translation>
    </message>
    <message>
        <source>Treat&amp;ment</source>
        <translation>&amp;Trattamento</translation>
    </message>
    <message>
        <source>needles out now</source>
        <translation>togliere gli aghi ora</translation>
    </message>
    <message>
        <source>timer not started</source>
        <translation>timer non avviato</translation>
    </message>
    <message>
        <source>{client} confirmed.</source>
        <translation>{client} ha confermato.</translation>
    </message>
    <message>
        <source>{client}, booked {time} ({room})</source>
        <translation>{client}, prenotato alle {time} ({room})</translation>
    </message>
    <message>
        <source>{client}: last intake {day}</source>
        <translation>{client}: ultima anamnesi {day}</translation>
    </message>
    <message>
        <source>{client}: no intake yet</source>
        <translation>{client}: ancora nessuna anamnesi</translation>
    </message>
    <message>
        <source>{done} completed, {left} still to come</source>
        <translation>{done} completati, {left} ancora da venire</translation>
    </message>
    <message>
        <source>{minutes}:{seconds:02d} left</source>
        <translation>ancora {minutes}:{seconds:02d}</translation>
    </message>
    <message>
        <source>{room} · {client} — {left}</source>
        <translation>{room} · {client} — {left}</translation>
    </message>
    <message>
        <source>{time} {client} · {service}</source>
        <translation>{time} {client} · {service}</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Aggiungi utente…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Disattiva</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Lingua…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reimposta password…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Sblocca</translation>
    </message>
    <message>
        <source>Everyone who signs in to acudesk. A deactivated account keeps its history but can no longer sign in.</source>
        <translation>Tutte le persone che accedono ad acudesk. Un account disattivato conserva il suo storico ma non può più accedere.</translation>
    </message>
    <message>
        <source>Let the user try signing in again after too many wrong passwords</source>
        <translation>Permetti all&apos;utente di riprovare ad accedere dopo troppe password errate</translation>
    </message>
    <message>
        <source>Rea&amp;ctivate</source>
        <translation>Ri&amp;attiva</translation>
    </message>
    <message>
        <source>The language of this person&apos;s screens, from their next sign-in</source>
        <translation>La lingua delle schermate di questa persona, dal suo prossimo accesso</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>Users list</source>
        <translation>Elenco degli utenti</translation>
    </message>
    <message>
        <source>Users message</source>
        <translation>Messaggio sugli utenti</translation>
    </message>
    <message>
        <source>{name} can no longer sign in.</source>
        <translation>{name} non può più accedere.</translation>
    </message>
    <message>
        <source>{name} can now sign in as {username}.</source>
        <translation>Ora {name} può accedere come {username}.</translation>
    </message>
    <message>
        <source>{name} can sign in again.</source>
        <translation>{name} può accedere di nuovo.</translation>
    </message>
    <message>
        <source>{name} has a new password.</source>
        <translation>{name} ha una nuova password.</translation>
    </message>
    <message>
        <source>{name}&apos;s account is unlocked.</source>
        <translation>L&apos;account di {name} è sbloccato.</translation>
    </message>
    <message>
        <source>{name}&apos;s screens are in {language} from their next sign-in.</source>
        <translation>Lingua delle schermate di {name}: {language}, dal prossimo accesso.</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Computer&apos;s language</source>
        <translation>Lingua del computer</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
</context>
<context>
    <name>WaitlistBadges</name>
    <message numerus="yes">
        <source>%n waiting client(s) fit this freed time: click to see them (Alt+W).</source>
        <translation>
            <numerusform>%n cliente in attesa va bene per questo orario liberato: fai clic per vederlo (Alt+W).</numerusform>
            <numerusform>%n clienti in attesa vanno bene per questo orario liberato: fai clic per vederli (Alt+W).</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} in attesa</translation>
    </message>
</context>
<context>
    <name>WaitlistClientAction</name>
    <message>
        <source>Add to &amp;waitlist…</source>
        <translation>Aggiungi alla &amp;lista d&apos;attesa…</translation>
    </message>
    <message>
        <source>On the waitlist</source>
        <translation>In lista d&apos;attesa</translation>
    </message>
    <message>
        <source>Put the client on the waitlist for a service</source>
        <translation>Metti il cliente in lista d&apos;attesa per un servizio</translation>
    </message>
    <message>
        <source>Register the client first</source>
        <translation>Prima registra il cliente</translation>
    </message>
    <message>
        <source>Waiting for {service} until {day}</source>
        <translation>In attesa di {service} fino al {day}</translation>
    </message>
</context>
<context>
    <name>WaitlistDialog</name>
    <message numerus="yes">
        <source>%n client(s) waiting.</source>
        <translation>
            <numerusform>%n cliente in attesa.</numerusform>
            <numerusform>%n clienti in attesa.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Tieni</translation>
    </message>
    <message>
        <source>&amp;Practitioner</source>
        <translation>&amp;Operatore</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Servizio</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tutti i servizi</translation>
    </message>
    <message>
        <source>Any practitioner</source>
        <translation>Qualsiasi operatore</translation>
    </message>
    <message>
        <source>Change the chosen entry (Enter, or a double-click)</source>
        <translation>Modifica la voce scelta (Invio, o un doppio clic)</translation>
    </message>
    <message>
        <source>Clients waiting for a time. When a booking is cancelled or moved, the Book shows a badge on the freed time with the number of entries that fit it.</source>
        <translation>I clienti in attesa di un orario. Quando un appuntamento viene annullato o spostato, l&apos;Agenda mostra sull&apos;orario liberato un contrassegno con il numero di voci adatte.</translation>
    </message>
    <message>
        <source>Nobody is on the waitlist. Add… puts a client on it.</source>
        <translation>Nessuno è in lista d&apos;attesa. Aggiungi… vi mette un cliente.</translation>
    </message>
    <message>
        <source>Put a client on the waitlist</source>
        <translation>Metti un cliente in lista d&apos;attesa</translation>
    </message>
    <message>
        <source>Remove from the waitlist</source>
        <translation>Togli dalla lista d&apos;attesa</translation>
    </message>
    <message>
        <source>Show booked, removed and e&amp;xpired</source>
        <translation>Mostra anche prenotate, tolte e scadut&amp;e</translation>
    </message>
    <message>
        <source>Show booked, removed and expired</source>
        <translation>Mostra anche prenotate, tolte e scadute</translation>
    </message>
    <message>
        <source>Show the practitioner</source>
        <translation>Mostra l&apos;operatore</translation>
    </message>
    <message>
        <source>Show the service</source>
        <translation>Mostra il servizio</translation>
    </message>
    <message>
        <source>Take the chosen entry off the waitlist (Delete)</source>
        <translation>Togli la voce scelta dalla lista d&apos;attesa (Canc)</translation>
    </message>
    <message>
        <source>Take {client} off the waitlist for {service}?</source>
        <translation>Togliere {client} dalla lista d&apos;attesa per {service}?</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Lista d&apos;attesa</translation>
    </message>
    <message>
        <source>Waitlist entries</source>
        <translation>Voci della lista d&apos;attesa</translation>
    </message>
    <message>
        <source>Waitlist message</source>
        <translation>Messaggio della lista d&apos;attesa</translation>
    </message>
    <message>
        <source>Waitlist — acudesk</source>
        <translation>Lista d&apos;attesa — acudesk</translation>
    </message>
</context>
<context>
    <name>WaitlistEntryDialog</name>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation>&amp;Giorni</translation>
    </message>
    <message>
        <source>&amp;Practitioner</source>
        <translation>&amp;Operatore</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>&amp;Times</source>
        <translation>&amp;Fasce orarie</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>Fino &amp;al</translation>
    </message>
    <message>
        <source>Add to the waitlist — acudesk</source>
        <translation>Aggiungi alla lista d&apos;attesa — acudesk</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Chiunque</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Client message</source>
        <translation>Messaggio sul cliente</translation>
    </message>
    <message>
        <source>Days of the week</source>
        <translation>Giorni della settimana</translation>
    </message>
    <message>
        <source>Days of the week message</source>
        <translation>Messaggio sui giorni della settimana</translation>
    </message>
    <message>
        <source>Matching clients</source>
        <translation>Clienti trovati</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes message</source>
        <translation>Messaggio sulle note</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Practitioner message</source>
        <translation>Messaggio sull&apos;operatore</translation>
    </message>
    <message>
        <source>Se&amp;rvice</source>
        <translation>Se&amp;rvizio</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Service message</source>
        <translation>Messaggio sul servizio</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>Fasce orarie</translation>
    </message>
    <message>
        <source>Times of day message</source>
        <translation>Messaggio sulle fasce orarie</translation>
    </message>
    <message>
        <source>Type part of a name, a phone or a date of birth</source>
        <translation>Scrivi parte di un nome, un telefono o una data di nascita</translation>
    </message>
    <message>
        <source>Waitlist entry message</source>
        <translation>Messaggio della voce in lista d&apos;attesa</translation>
    </message>
    <message>
        <source>Waitlist entry — acudesk</source>
        <translation>Voce della lista d&apos;attesa — acudesk</translation>
    </message>
    <message>
        <source>Waits until</source>
        <translation>Aspetta fino al</translation>
    </message>
    <message>
        <source>Waits until message</source>
        <translation>Messaggio sulla data di fine attesa</translation>
    </message>
    <message>
        <source>e.g. 09:00-12:00, 15:00-18:00 (empty: any time)</source>
        <translation>per esempio 09:00-12:00, 15:00-18:00 (vuoto: qualsiasi ora)</translation>
    </message>
    <message>
        <source>{name} ({minutes} min)</source>
        <translation>{name} ({minutes} min)</translation>
    </message>
</context>
<context>
    <name>WaitlistMatchesDialog</name>
    <message numerus="yes">
        <source>%n waiting client(s) fit this time. Choose one and press Book here.</source>
        <translation>
            <numerusform>%n cliente in attesa va bene per questo orario. Sceglilo e premi Prenota qui.</numerusform>
            <numerusform>%n clienti in attesa vanno bene per questo orario. Scegline uno e premi Prenota qui.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Book here</source>
        <translation>&amp;Prenota qui</translation>
    </message>
    <message>
        <source>&amp;Waiting clients who fit, who waited longest first</source>
        <translation>Clienti in &amp;attesa adatti, prima chi aspetta da più tempo</translation>
    </message>
    <message>
        <source>Freed &amp;time</source>
        <translation>&amp;Orario liberato</translation>
    </message>
    <message>
        <source>Freed time</source>
        <translation>Orario liberato</translation>
    </message>
    <message>
        <source>Freed time message</source>
        <translation>Messaggio sull&apos;orario liberato</translation>
    </message>
    <message>
        <source>Freed time — acudesk</source>
        <translation>Orario liberato — acudesk</translation>
    </message>
    <message>
        <source>Nobody on the waitlist fits this time now.</source>
        <translation>Ora nessuno in lista d&apos;attesa va bene per questo orario.</translation>
    </message>
    <message>
        <source>Not booked: {reason} The list is up to date again.</source>
        <translation>Non prenotato: {reason} L&apos;elenco è di nuovo aggiornato.</translation>
    </message>
    <message>
        <source>Waiting clients who fit</source>
        <translation>Clienti in attesa adatti</translation>
    </message>
    <message>
        <source>waiting since {day}</source>
        <translation>in attesa dal {day}</translation>
    </message>
    <message>
        <source>wants {name}</source>
        <translation>vuole {name}</translation>
    </message>
    <message>
        <source>{client} — {service} at {time}</source>
        <translation>{client} — {service} alle {time}</translation>
    </message>
</context>
<context>
    <name>WaitlistTableModel</name>
    <message>
        <source>Added</source>
        <translation>Aggiunta</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Chiunque</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Giorni</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Operatore</translation>
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
        <source>Times</source>
        <translation>Orari</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Fino al</translation>
    </message>
</context>
<context>
    <name>ZoomControl</name>
    <message>
        <source>Back to 100 % with Ctrl+0</source>
        <translation>Torna al 100 % con Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Ingrandisci (Ctrl+=)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Riduci (Ctrl+-)</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
</context>
</TS>
