<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Outpost</source>
        <translation>Über Outpost</translation>
    </message>
    <message>
        <source>Outpost %1</source>
        <translation>Outpost %1</translation>
    </message>
    <message>
        <source>Local-first, encrypted clinic records.</source>
        <translation>Verschlüsselte Praxisdaten, lokal gespeichert.</translation>
    </message>
    <message>
        <source>Built with Qt %1</source>
        <translation>Erstellt mit Qt %1</translation>
    </message>
</context>
<context>
    <name>AdminUsersPage</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rolle von %1</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Passwort von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Exact, or a prefix such as patient.</source>
        <translation>Exakt oder ein Präfix wie patient.</translation>
    </message>
    <message>
        <source>Patient id</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Every access to this patient</source>
        <translation>Alle Zugriffe auf diesen Patienten</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Audit-Ereignisse</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Show older events</source>
        <translation>Ältere Ereignisse anzeigen</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Export backup</source>
        <translation>Sicherung exportieren</translation>
    </message>
    <message>
        <source>Verify backup</source>
        <translation>Sicherung prüfen</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>The whole clinic is written to one encrypted file. Without the passphrase nobody can read it, and nobody can restore it: keep the passphrase apart from the disk.</source>
        <translation>Die ganze Klinik wird in eine einzige verschlüsselte Datei geschrieben. Ohne die Passphrase kann niemand sie lesen oder wiederherstellen: Bewahren Sie die Passphrase getrennt vom Datenträger auf.</translation>
    </message>
    <message>
        <source>Checks the whole file without restoring anything.</source>
        <translation>Prüft die ganze Datei, ohne etwas wiederherzustellen.</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Sicherung speichern unter</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Sicherungsdatei wählen</translation>
    </message>
    <message>
        <source>Empty folder for the restored data</source>
        <translation>Leerer Ordner für die wiederhergestellten Daten</translation>
    </message>
    <message>
        <source>Choose the folder to restore into</source>
        <translation>Ordner für die Wiederherstellung wählen</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Outpost backups (*.outpostbackup)</source>
        <translation>Outpost-Sicherungen (*.outpostbackup)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exporting the backup…</source>
        <translation>Sicherung wird exportiert…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Sicherung wird geprüft…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Sicherung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Outpost goes on working; other screens wait until this is done.</source>
        <translation>Outpost arbeitet weiter; andere Ansichten warten, bis dies fertig ist.</translation>
    </message>
    <message>
        <source>Restores into an empty folder as a new data folder, or replaces this clinic&apos;s data. The clinic&apos;s users sign in with the passwords they had when the backup was made.</source>
        <translation>Stellt in einen leeren Ordner als neuen Datenordner wieder her oder ersetzt die Daten dieser Klinik. Die Benutzer der Klinik melden sich mit den Passwörtern an, die sie zum Zeitpunkt der Sicherung hatten.</translation>
    </message>
    <message>
        <source>Into a new, empty folder</source>
        <translation>In einen neuen, leeren Ordner</translation>
    </message>
    <message>
        <source>Replace this clinic&apos;s data</source>
        <translation>Die Daten dieser Klinik ersetzen</translation>
    </message>
    <message>
        <source>Replace this clinic&apos;s data?</source>
        <translation>Die Daten dieser Klinik ersetzen?</translation>
    </message>
    <message>
        <source>Replace the data</source>
        <translation>Daten ersetzen</translation>
    </message>
    <message>
        <source>Everything recorded in %1 since this backup was made will be lost: patients registered, notes, check-ins, documents and user changes. Everyone is signed out. The current data is kept until the restored copy has been checked, and put back if the restore fails.</source>
        <translation>Alles, was seit dieser Sicherung in %1 erfasst wurde, geht verloren: registrierte Patienten, Notizen, Anmeldungen, Dokumente und Benutzeränderungen. Alle werden abgemeldet. Die aktuellen Daten bleiben erhalten, bis die wiederhergestellte Kopie geprüft ist, und werden zurückgelegt, wenn die Wiederherstellung fehlschlägt.</translation>
    </message>
    <message>
        <source>The backup is a snapshot of this moment. Cancel leaves no file behind.</source>
        <translation>Die Sicherung ist eine Momentaufnahme dieses Augenblicks. Abbrechen hinterlässt keine Datei.</translation>
    </message>
    <message>
        <source>Every part of the file is checked; this clinic&apos;s data is not touched.</source>
        <translation>Jeder Teil der Datei wird geprüft; die Daten dieser Praxis bleiben unberührt.</translation>
    </message>
    <message>
        <source>The backup goes into the folder you chose; this clinic&apos;s data is not touched.</source>
        <translation>Die Sicherung wird in den gewählten Ordner wiederhergestellt; die Daten dieser Praxis bleiben unberührt.</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <source>Cancel restore</source>
        <translation>Wiederherstellung abbrechen</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Automatic backups</source>
        <translation>Automatische Sicherungen</translation>
    </message>
    <message>
        <source>Last good backup: %1.</source>
        <translation>Letzte erfolgreiche Sicherung: %1.</translation>
    </message>
    <message>
        <source>No automatic backup has been made yet.</source>
        <translation>Es wurde noch keine automatische Sicherung erstellt.</translation>
    </message>
    <message>
        <source>Warning: there has been no good backup for more than %1 days. Check the backup disk.</source>
        <translation>Warnung: Seit mehr als %1 Tagen gibt es keine erfolgreiche Sicherung. Prüfen Sie den Sicherungsdatenträger.</translation>
    </message>
    <message>
        <source>The last attempt failed: %1</source>
        <translation>Der letzte Versuch ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Back up every day</source>
        <translation>Jeden Tag sichern</translation>
    </message>
    <message>
        <source>Backup folder (a USB disk or network share)</source>
        <translation>Sicherungsordner (USB-Datenträger oder Netzwerkfreigabe)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Sicherungsordner wählen</translation>
    </message>
    <message>
        <source>Time of day (hour, minute)</source>
        <translation>Uhrzeit (Stunde, Minute)</translation>
    </message>
    <message>
        <source>Backup hour</source>
        <translation>Stunde der Sicherung</translation>
    </message>
    <message>
        <source>Backup minute</source>
        <translation>Minute der Sicherung</translation>
    </message>
    <message>
        <source>Keep daily backups</source>
        <translation>Tägliche Sicherungen behalten</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Anzahl behaltener Tagessicherungen</translation>
    </message>
    <message>
        <source>Keep weekly backups</source>
        <translation>Wöchentliche Sicherungen behalten</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Anzahl behaltener Wochensicherungen</translation>
    </message>
    <message>
        <source>Keep monthly backups</source>
        <translation>Monatliche Sicherungen behalten</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>Anzahl behaltener Monatssicherungen</translation>
    </message>
    <message>
        <source>Warn after this many days without a good backup</source>
        <translation>Nach so vielen Tagen ohne erfolgreiche Sicherung warnen</translation>
    </message>
    <message>
        <source>Days before the warning</source>
        <translation>Tage bis zur Warnung</translation>
    </message>
    <message>
        <source>New passphrase for automatic backups (leave empty to keep it)</source>
        <translation>Neue Passphrase für automatische Sicherungen (leer lassen, um sie zu behalten)</translation>
    </message>
    <message>
        <source>Passphrase for automatic backups</source>
        <translation>Passphrase für automatische Sicherungen</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Save backup settings</source>
        <translation>Sicherungseinstellungen speichern</translation>
    </message>
</context>
<context>
    <name>ComponentGallery</name>
    <message>
        <source>Patient record saved.</source>
        <translation>Patientenakte gespeichert.</translation>
    </message>
    <message>
        <source>The backup could not be written: the disk is full.</source>
        <translation>Die Sicherung konnte nicht geschrieben werden: Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>Outpost components — %1 theme</source>
        <translation>Outpost-Komponenten — Farbschema %1</translation>
    </message>
    <message>
        <source>Colour roles and type scale</source>
        <translation>Farbrollen und Schriftgrößen</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Großtitel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Fließtext</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>%1 %2 px</source>
        <translation>%1 %2 px</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Schaltflächen</translation>
    </message>
    <message>
        <source>Register patient</source>
        <translation>Patient aufnehmen</translation>
    </message>
    <message>
        <source>Secondary, keyboard focus</source>
        <translation>Sekundär, Tastaturfokus</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <source>Primary, disabled</source>
        <translation>Primär, deaktiviert</translation>
    </message>
    <message>
        <source>Secondary, disabled</source>
        <translation>Sekundär, deaktiviert</translation>
    </message>
    <message>
        <source>Space, Enter and Return activate the focused button; the ring shows keyboard focus.</source>
        <translation>Leertaste, Eingabe und Return aktivieren die fokussierte Schaltfläche; der Ring zeigt den Tastaturfokus.</translation>
    </message>
    <message>
        <source>Search field</source>
        <translation>Suchfeld</translation>
    </message>
    <message>
        <source>Name, date of birth, clinic number or phone</source>
        <translation>Name, Geburtsdatum, Patientennummer oder Telefon</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>Patient suchen</translation>
    </message>
    <message>
        <source>müller 1984</source>
        <translation>müller 1984</translation>
    </message>
    <message>
        <source>Results update as you type; Escape or × clears; Down moves to the results.</source>
        <translation>Die Ergebnisse werden während der Eingabe aktualisiert; Esc oder × leert das Feld; Pfeil nach unten führt zu den Ergebnissen.</translation>
    </message>
    <message>
        <source>Text fields</source>
        <translation>Textfelder</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>As on the ID card</source>
        <translation>Wie im Ausweis</translation>
    </message>
    <message>
        <source>Accents are kept: Müller stays Müller.</source>
        <translation>Akzente bleiben erhalten: Müller bleibt Müller.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>+33 6 12</source>
        <translation>+33 6 12</translation>
    </message>
    <message>
        <source>This phone number is too short.</source>
        <translation>Diese Telefonnummer ist zu kurz.</translation>
    </message>
    <message>
        <source>Clinic number</source>
        <translation>Patientennummer</translation>
    </message>
    <message>
        <source>C-000184</source>
        <translation>C-000184</translation>
    </message>
    <message>
        <source>Given by Outpost; it cannot be changed.</source>
        <translation>Von Outpost vergeben; sie kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Date field</source>
        <translation>Datumsfeld</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>12.03.1984</source>
        <translation>12.03.1984</translation>
    </message>
    <message>
        <source>31/02/2023</source>
        <translation>31/02/2023</translation>
    </message>
    <message>
        <source>List rows</source>
        <translation>Listenzeilen</translation>
    </message>
    <message>
        <source>Müller, Anna</source>
        <translation>Müller, Anna</translation>
    </message>
    <message>
        <source>12/03/1984 · C-000184</source>
        <translation>12/03/1984 · C-000184</translation>
    </message>
    <message>
        <source>Arrived 09:12</source>
        <translation>Eingetroffen um 09:12</translation>
    </message>
    <message>
        <source>Haddad, Amina</source>
        <translation>Haddad, Amina</translation>
    </message>
    <message>
        <source>02/11/1990 · C-000093</source>
        <translation>02/11/1990 · C-000093</translation>
    </message>
    <message>
        <source>Booked 10:30</source>
        <translation>Termin um 10:30</translation>
    </message>
    <message>
        <source>Okafor, Chidi</source>
        <translation>Okafor, Chidi</translation>
    </message>
    <message>
        <source>27/07/1975 · C-000412</source>
        <translation>27/07/1975 · C-000412</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Today&apos;s queue</source>
        <translation>Heutige Warteliste</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>With clinician</source>
        <translation>Beim Behandler</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Eingetroffen</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Nguyen, Lan</source>
        <translation>Nguyen, Lan</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>No patients yet</source>
        <translation>Noch keine Patienten</translation>
    </message>
    <message>
        <source>Register the first patient, or restore a backup from the File menu.</source>
        <translation>Nehmen Sie den ersten Patienten auf oder stellen Sie eine Sicherung über das Menü „Datei“ wieder her.</translation>
    </message>
    <message>
        <source>Dialog and toasts</source>
        <translation>Dialog und Hinweise</translation>
    </message>
    <message>
        <source>Delete this draft?</source>
        <translation>Diesen Entwurf löschen?</translation>
    </message>
    <message>
        <source>The unsigned note for Anna Müller will be removed. Signed notes are kept.</source>
        <translation>Die nicht signierte Notiz zu Anna Müller wird entfernt. Signierte Notizen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Progress overlay</source>
        <translation>Fortschrittsanzeige</translation>
    </message>
    <message>
        <source>Exporting backup…</source>
        <translation>Sicherung wird exportiert…</translation>
    </message>
    <message>
        <source>12,400 of 31,000 records</source>
        <translation>12.400 von 31.000 Datensätzen</translation>
    </message>
    <message>
        <source>Opening the clinic database…</source>
        <translation>Praxisdatenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>Page content under the overlay</source>
        <translation>Seiteninhalt unter der Überlagerung</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Sicherung wird geprüft…</translation>
    </message>
    <message>
        <source>The page stays usable.</source>
        <translation>Die Seite bleibt benutzbar.</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Enter a date.</source>
        <translation>Geben Sie ein Datum ein.</translation>
    </message>
    <message>
        <source>Enter the year with four digits, for example 1984.</source>
        <translation>Geben Sie das Jahr vierstellig ein, zum Beispiel 1984.</translation>
    </message>
    <message>
        <source>This date does not exist. Check the day and the month.</source>
        <translation>Dieses Datum gibt es nicht. Prüfen Sie Tag und Monat.</translation>
    </message>
    <message>
        <source>Enter a date as day/month/year, for example 12/03/1984.</source>
        <translation>Geben Sie das Datum als Tag/Monat/Jahr ein, zum Beispiel 12/03/1984.</translation>
    </message>
    <message>
        <source>Enter a date as month/day/year, for example 03/12/1984.</source>
        <translation>Geben Sie das Datum als Monat/Tag/Jahr ein, zum Beispiel 03/12/1984.</translation>
    </message>
    <message>
        <source>Enter a date on or after %1.</source>
        <translation>Das Datum darf nicht vor dem %1 liegen.</translation>
    </message>
    <message>
        <source>Enter a date on or before %1.</source>
        <translation>Das Datum darf nicht nach dem %1 liegen.</translation>
    </message>
    <message>
        <source>Day/month/year, for example 12/03/1984.</source>
        <translation>Tag/Monat/Jahr, zum Beispiel 12/03/1984.</translation>
    </message>
    <message>
        <source>Month/day/year, for example 03/12/1984.</source>
        <translation>Monat/Tag/Jahr, zum Beispiel 03/12/1984.</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Verstanden als %1.</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>TT/MM/JJJJ</translation>
    </message>
    <message>
        <source>mm/dd/yyyy</source>
        <translation>MM/TT/JJJJ</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>An Breite anpassen</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>Seite an die Breite anpassen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the document</source>
        <translation>Dokument schließen</translation>
    </message>
    <message>
        <source>Find in this document</source>
        <translation>In diesem Dokument suchen</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) on this page</source>
        <translation>
            <numerusform>%n Treffer auf dieser Seite</numerusform>
            <numerusform>%n Treffer auf dieser Seite</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Document stored.</source>
        <translation>Dokument gespeichert.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>Import abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import a document</source>
        <translation>Ein Dokument importieren</translation>
    </message>
    <message>
        <source>Search in documents</source>
        <translation>In Dokumenten suchen</translation>
    </message>
    <message>
        <source>Search in this patient&apos;s documents</source>
        <translation>In den Dokumenten dieses Patienten suchen</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1, Seite %2</translation>
    </message>
    <message>
        <source>Match in %1, page %2: %3</source>
        <translation>Treffer in %1, Seite %2: %3</translation>
    </message>
    <message>
        <source>No documents yet. Drop scans or PDFs here, or choose Import…</source>
        <translation>Noch keine Dokumente. Scans oder PDFs hierher ziehen oder „Importieren…“ wählen</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n page(s) · added by %2 on %3</source>
        <translation>
            <numerusform>%1 · %n Seite · hinzugefügt von %2 am %3</numerusform>
            <numerusform>%1 · %n Seiten · hinzugefügt von %2 am %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Scans and PDFs (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)</source>
        <translation>Scans und PDFs (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)</translation>
    </message>
    <message>
        <source>What is this document?</source>
        <translation>Was für ein Dokument ist das?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be read with text recognition and stored encrypted.</source>
        <translation>
            <numerusform>%n Datei wird per Texterkennung gelesen und verschlüsselt gespeichert.</numerusform>
            <numerusform>%n Dateien werden per Texterkennung gelesen und verschlüsselt gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Document kind</source>
        <translation>Dokumentart</translation>
    </message>
    <message>
        <source>Importing a document</source>
        <translation>Dokument wird importiert</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Outpost</source>
        <translation>Willkommen bei Outpost</translation>
    </message>
    <message>
        <source>This computer does not hold a clinic database yet. Outpost keeps all of the clinic&apos;s records here, encrypted, and works without a network.</source>
        <translation>Auf diesem Computer gibt es noch keine Praxisdatenbank. Outpost speichert alle Daten der Praxis verschlüsselt hier und funktioniert ohne Netzwerk.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
</context>
<context>
    <name>IdScanDialog</name>
    <message>
        <source>Check the fields read from the card</source>
        <translation>Prüfen Sie die von der Karte gelesenen Felder</translation>
    </message>
    <message>
        <source>Fill confirmed fields</source>
        <translation>Bestätigte Felder ausfüllen</translation>
    </message>
    <message>
        <source>Compare each value with the card. Tick the ones that are right; only those are filled in.</source>
        <translation>Vergleichen Sie jeden Wert mit der Karte. Haken Sie die richtigen ab; nur diese werden ausgefüllt.</translation>
    </message>
    <message>
        <source>No fields could be read from this card. Type them in by hand.</source>
        <translation>Von dieser Karte konnten keine Felder gelesen werden. Bitte von Hand eingeben.</translation>
    </message>
    <message>
        <source>Use %1: %2</source>
        <translation>%1 übernehmen: %2</translation>
    </message>
    <message>
        <source>Confidence %1 % · check digits hold</source>
        <translation>Konfidenz %1 % · Prüfziffern stimmen</translation>
    </message>
    <message>
        <source>Confidence %1 % · not verified</source>
        <translation>Konfidenz %1 % · nicht geprüft</translation>
    </message>
    <message>
        <source>Where %1 was read on the card</source>
        <translation>Wo %1 auf der Karte gelesen wurde</translation>
    </message>
</context>
<context>
    <name>LabeledTextField</name>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (Pflichtfeld)</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Locked by %1</source>
        <translation>Gesperrt von %1</translation>
    </message>
    <message>
        <source>Log in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Outpost</source>
        <translation>Outpost</translation>
    </message>
    <message>
        <source>Enter your password to go on where you left off.</source>
        <translation>Geben Sie Ihr Passwort ein, um dort weiterzumachen, wo Sie aufgehört haben.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Zurück zu %1</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Benutzer wechseln</translation>
    </message>
    <message>
        <source>Checking the password</source>
        <translation>Passwort wird geprüft</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Outpost</source>
        <translation>Outpost</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About Outpost</source>
        <translation>Ü&amp;ber Outpost</translation>
    </message>
    <message>
        <source>%1 — Outpost</source>
        <translation>%1 — Outpost</translation>
    </message>
    <message>
        <source>&amp;New Patient</source>
        <translation>&amp;Neuer Patient</translation>
    </message>
    <message>
        <source>&amp;Find Patient</source>
        <translation>&amp;Patient suchen</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
        <source>Text &amp;Size</source>
        <translation>&amp;Schriftgröße</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>Ad&amp;ministration</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>&amp;Audit-Protokoll</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Neuer Patient</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>Patient suchen</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Move through search results</source>
        <translation>Durch die Suchergebnisse blättern</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Open the patient</source>
        <translation>Patient öffnen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the search, close a dialog</source>
        <translation>Suche leeren, Dialog schließen</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&amp;Export Backup…</source>
        <translation>Sicherung &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Verify Backup…</source>
        <translation>Sicherung &amp;prüfen…</translation>
    </message>
    <message>
        <source>&amp;Restore Backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>ModalDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Amend note</source>
        <translation>Notiz berichtigen</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Subjective</source>
        <translation>Subjektiv</translation>
    </message>
    <message>
        <source>What the patient reports</source>
        <translation>Angaben des Patienten</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objektiv</translation>
    </message>
    <message>
        <source>Examination and measurements</source>
        <translation>Untersuchung und Messwerte</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Beurteilung</translation>
    </message>
    <message>
        <source>Diagnosis or impression</source>
        <translation>Diagnose oder Eindruck</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Treatment, tests, follow-up</source>
        <translation>Behandlung, Untersuchungen, Verlaufskontrolle</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Grund der Berichtigung</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation>Berichtigung speichern</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
</context>
<context>
    <name>PatientChartPage</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Vitals</source>
        <translation>Vitalwerte</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Patient chart</source>
        <translation>Patientenakte</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Keine bekannten Allergien</translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation>Allergien: %1</translation>
    </message>
    <message>
        <source>Reason for emergency access</source>
        <translation>Grund für den Notfallzugriff</translation>
    </message>
    <message>
        <source>At least 10 characters. Recorded in the audit log.</source>
        <translation>Mindestens 10 Zeichen. Wird im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>Open in an emergency</source>
        <translation>Mit Notfallzugriff öffnen</translation>
    </message>
    <message>
        <source>Chart sections</source>
        <translation>Bereiche der Akte</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Konsultationen</translation>
    </message>
    <message>
        <source>Access history</source>
        <translation>Zugriffsverlauf</translation>
    </message>
    <message>
        <source>Active problems</source>
        <translation>Aktive Probleme</translation>
    </message>
    <message>
        <source>No active problems</source>
        <translation>Keine aktiven Probleme</translation>
    </message>
    <message>
        <source>Active medications</source>
        <translation>Aktuelle Medikation</translation>
    </message>
    <message>
        <source>No active medications</source>
        <translation>Keine aktuelle Medikation</translation>
    </message>
    <message>
        <source>Latest vitals</source>
        <translation>Letzte Vitalwerte</translation>
    </message>
    <message>
        <source>No vitals recorded</source>
        <translation>Keine Vitalwerte erfasst</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Berichtigt</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notiz gespeichert.</translation>
    </message>
    <message>
        <source>No encounters yet</source>
        <translation>Noch keine Konsultationen</translation>
    </message>
    <message>
        <source>Notes and vitals recorded at a visit appear here.</source>
        <translation>Hier erscheinen Notizen und Vitalwerte, die bei einer Konsultation erfasst wurden.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>amended: %1</source>
        <translation>berichtigt: %1</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>A</source>
        <translation>B</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Berichtigen</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>Irrtümlich erfasst</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Mark as entered in error</source>
        <translation>Als irrtümlich erfasst markieren</translation>
    </message>
    <message>
        <source>Mark in error</source>
        <translation>Als Fehler markieren</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Entry history</source>
        <translation>Verlauf des Eintrags</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Berichtigung</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
</context>
<context>
    <name>PatientSummaryPage</name>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the front desk</source>
        <translation>Zurück zum Empfang</translation>
    </message>
    <message>
        <source>Add to today&apos;s queue</source>
        <translation>Zur heutigen Warteliste hinzufügen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>about %1 (estimated)</source>
        <translation>ca. %1 (geschätzt)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Clinical notes are visible to clinicians only.</source>
        <translation>Klinische Notizen sind nur für Behandler sichtbar.</translation>
    </message>
</context>
<context>
    <name>ProgressOverlay</name>
    <message>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>ReceptionHome</name>
    <message>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <source>other</source>
        <translation>divers</translation>
    </message>
    <message>
        <source>by identifier</source>
        <translation>nach Kennung</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>nach Telefon</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>nach Name</translation>
    </message>
    <message>
        <source>by date of birth</source>
        <translation>nach Geburtsdatum</translation>
    </message>
    <message>
        <source>Name, date of birth, phone or ID</source>
        <translation>Name, Geburtsdatum, Telefon oder Kennung</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>Patient suchen</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Neuer Patient</translation>
    </message>
    <message>
        <source>Recent patients</source>
        <translation>Zuletzt geöffnete Patienten</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <source>More than %n patients match: type more to narrow down.</source>
        <translation>
            <numerusform>Mehr als %n Treffer: Geben Sie mehr ein, um die Suche einzugrenzen.</numerusform>
            <numerusform>Mehr als %n Treffer: Geben Sie mehr ein, um die Suche einzugrenzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) found</source>
        <translation>
            <numerusform>%n Patient gefunden</numerusform>
            <numerusform>%n Patienten gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>born about %1</source>
        <translation>geb. ca. %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>geb. %1</translation>
    </message>
    <message>
        <source>No recent patients</source>
        <translation>Keine zuletzt geöffneten Patienten</translation>
    </message>
    <message>
        <source>No patient found</source>
        <translation>Kein Patient gefunden</translation>
    </message>
    <message>
        <source>Patients you open appear here. Type a name, a date of birth, a phone number or an ID to search.</source>
        <translation>Hier erscheinen die Patienten, die Sie öffnen. Geben Sie zum Suchen einen Namen, ein Geburtsdatum, eine Telefonnummer oder eine Kennung ein.</translation>
    </message>
    <message>
        <source>Check the spelling, try part of the name, or register a new patient.</source>
        <translation>Prüfen Sie die Schreibweise, versuchen Sie es mit einem Teil des Namens oder nehmen Sie einen neuen Patienten auf.</translation>
    </message>
    <message>
        <source>Today&apos;s queue</source>
        <translation>Heutige Warteliste</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Ankunft erfassen</translation>
    </message>
    <message>
        <source>Send in</source>
        <translation>Aufrufen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>No set time</source>
        <translation>Ohne feste Uhrzeit</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>More actions for %1</source>
        <translation>Weitere Aktionen für %1</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Termin absagen</translation>
    </message>
    <message>
        <source>Nobody in the queue</source>
        <translation>Niemand auf der Warteliste</translation>
    </message>
    <message>
        <source>Booked and walk-in patients for today appear here.</source>
        <translation>Hier erscheinen die heutigen Patienten mit und ohne Termin.</translation>
    </message>
    <message>
        <source>matched in a document</source>
        <translation>in einem Dokument gefunden</translation>
    </message>
</context>
<context>
    <name>RecoveryKeySheet</name>
    <message>
        <source>Outpost recovery key</source>
        <translation>Outpost-Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Clinic: %1</source>
        <translation>Klinik: %1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>Gedruckt: %1</translation>
    </message>
    <message>
        <source>With this key anyone can open the clinic&apos;s records, and without it a forgotten admin password cannot be reset. Keep this sheet locked away from the computer, for example in the clinic&apos;s safe. Do not photograph it or store it on the computer.</source>
        <translation>Mit diesem Schlüssel kann jeder die Akten der Klinik öffnen, und ohne ihn lässt sich ein vergessenes Admin-Passwort nicht zurücksetzen. Bewahren Sie dieses Blatt verschlossen und getrennt vom Computer auf, zum Beispiel im Tresor der Klinik. Fotografieren Sie es nicht und speichern Sie es nicht auf dem Computer.</translation>
    </message>
    <message>
        <source>To use it: Outpost → sign-in screen, or outpostctl unlock-with-recovery-key.</source>
        <translation>Verwendung: Outpost → Anmeldebildschirm, oder outpostctl unlock-with-recovery-key.</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <source>New patient</source>
        <translation>Neuer Patient</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>A family name or a given name is needed.</source>
        <translation>Ein Nach- oder Vorname ist erforderlich.</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Weitere Namen</translation>
    </message>
    <message>
        <source>Middle names, patronymic, name at birth.</source>
        <translation>Weitere Vornamen, Vatersname, Geburtsname.</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>The date is an estimate</source>
        <translation>Das Datum ist geschätzt</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Identifier kind</source>
        <translation>Art der Kennung</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>This patient may already be registered</source>
        <translation>Dieser Patient ist möglicherweise bereits aufgenommen</translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>Trotzdem aufnehmen</translation>
    </message>
    <message>
        <source>Check that none of these is the same person. Open the existing record instead if one is.</source>
        <translation>Prüfen Sie, dass keiner dieser Einträge dieselbe Person ist. Falls doch, öffnen Sie stattdessen die vorhandene Akte.</translation>
    </message>
    <message>
        <source>%1, born %2 (%3)</source>
        <translation>%1, geb. %2 (%3)</translation>
    </message>
    <message>
        <source>Why is this a different person?</source>
        <translation>Warum handelt es sich um eine andere Person?</translation>
    </message>
    <message>
        <source>Scan ID card…</source>
        <translation>Ausweis scannen…</translation>
    </message>
    <message>
        <source>Scan an ID card or passport to propose the fields</source>
        <translation>Ausweis oder Reisepass scannen, um die Felder vorzuschlagen</translation>
    </message>
    <message>
        <source>Scan ID card</source>
        <translation>Ausweis scannen</translation>
    </message>
    <message>
        <source>Scans and PDFs (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)</source>
        <translation>Scans und PDFs (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)</translation>
    </message>
    <message>
        <source>Reading the ID card</source>
        <translation>Ausweis wird gelesen</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language, theme and text size apply to this computer and take effect at once.</source>
        <translation>Sprache, Farbschema und Schriftgröße gelten für diesen Computer und werden sofort wirksam.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Lock the screen after this many minutes without input</source>
        <translation>Bildschirm nach so vielen Minuten ohne Eingabe sperren</translation>
    </message>
    <message>
        <source>Applies to every user of this clinic, from 1 to 240 minutes.</source>
        <translation>Gilt für alle Benutzer dieser Praxis, 1 bis 240 Minuten.</translation>
    </message>
    <message>
        <source>Auto-lock minutes</source>
        <translation>Minuten bis zur automatischen Sperre</translation>
    </message>
    <message>
        <source>Save auto-lock</source>
        <translation>Automatische Sperre speichern</translation>
    </message>
    <message>
        <source>Auto-lock saved.</source>
        <translation>Automatische Sperre gespeichert.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Enter the clinic&apos;s name.</source>
        <translation>Geben Sie den Namen der Praxis ein.</translation>
    </message>
    <message>
        <source>Set up your clinic</source>
        <translation>Richten Sie Ihre Praxis ein</translation>
    </message>
    <message>
        <source>Step %1 of 3</source>
        <translation>Schritt %1 von 3</translation>
    </message>
    <message>
        <source>Outpost keeps the clinic&apos;s records on this computer, encrypted, in %1.</source>
        <translation>Outpost speichert die Daten der Praxis verschlüsselt auf diesem Computer, in %1.</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <source>The first user manages the clinic: other users, backups and settings.</source>
        <translation>Der erste Benutzer verwaltet die Praxis: weitere Benutzer, Sicherungen und Einstellungen.</translation>
    </message>
    <message>
        <source>Admin user name</source>
        <translation>Benutzername des Administrators</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>At least 10 characters; a few unrelated words work well.</source>
        <translation>Mindestens 10 Zeichen; einige Wörter ohne Zusammenhang eignen sich gut.</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>This recovery key opens the clinic&apos;s records if every password is lost. Outpost shows it only now and does not keep it. Write it down or save it, and keep it locked away from this computer.</source>
        <translation>Dieser Wiederherstellungsschlüssel öffnet die Daten der Praxis, wenn alle Passwörter verloren sind. Outpost zeigt ihn nur jetzt an und speichert ihn nicht. Schreiben Sie ihn auf oder speichern Sie ihn, und bewahren Sie ihn verschlossen und getrennt von diesem Computer auf.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>Wiederherstellungsschlüssel kopieren</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe, then clear the clipboard.</source>
        <translation>Kopiert. Fügen Sie ihn an einem sicheren Ort ein und leeren Sie danach die Zwischenablage.</translation>
    </message>
    <message>
        <source>Save as text file…</source>
        <translation>Als Textdatei speichern…</translation>
    </message>
    <message>
        <source>Saved to %1. Move it to a USB stick and delete it here.</source>
        <translation>Gespeichert unter %1. Verschieben Sie die Datei auf einen USB-Stick und löschen Sie sie hier.</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation>Die Datei konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>I have written it down or saved it</source>
        <translation>Ich habe ihn aufgeschrieben oder gespeichert</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Creating the encrypted database</source>
        <translation>Verschlüsselte Datenbank wird erstellt</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Create clinic</source>
        <translation>Praxis anlegen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Den Wiederherstellungsschlüssel drucken</translation>
    </message>
    <message>
        <source>Sent to the printer. Keep the sheet away from this computer.</source>
        <translation>An den Drucker gesendet. Bewahren Sie das Blatt getrennt von diesem Computer auf.</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>outpost::CoreText</name>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation>Das Passwort ist zu kurz: Verwenden Sie mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>This password is one of the most commonly used ones. Choose another.</source>
        <translation>Dieses Passwort gehört zu den am häufigsten verwendeten. Wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>Das Passwort darf den Benutzernamen nicht enthalten.</translation>
    </message>
    <message>
        <source>Choose a folder for the automatic backups.</source>
        <translation>Wählen Sie einen Ordner für die automatischen Sicherungen.</translation>
    </message>
    <message>
        <source>No backup passphrase is set for automatic backups. Set one in Settings.</source>
        <translation>Für automatische Sicherungen ist keine Passphrase festgelegt. Legen Sie eine in den Einstellungen fest.</translation>
    </message>
    <message>
        <source>The backup&apos;s header is damaged or not an Outpost backup.</source>
        <translation>Der Kopfbereich der Sicherung ist beschädigt, oder es ist keine Outpost-Sicherung.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>A backup passphrase needs at least 8 characters.</source>
        <translation>Die Passphrase einer Sicherung braucht mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation>Die Verschlüsselungsbibliothek konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>This backup was made with the clinic&apos;s recovery key: give the recovery key, not a passphrase.</source>
        <translation>Diese Sicherung wurde mit dem Wiederherstellungsschlüssel der Praxis erstellt: Geben Sie den Wiederherstellungsschlüssel ein, nicht eine Passphrase.</translation>
    </message>
    <message>
        <source>Wrong recovery key: it does not open this backup.</source>
        <translation>Falscher Wiederherstellungsschlüssel: Er öffnet diese Sicherung nicht.</translation>
    </message>
    <message>
        <source>Wrong backup passphrase.</source>
        <translation>Falsche Passphrase der Sicherung.</translation>
    </message>
    <message>
        <source>The saved automatic-backup key is not usable; set the backup passphrase again.</source>
        <translation>Der gespeicherte Schlüssel für automatische Sicherungen ist nicht verwendbar; legen Sie die Passphrase der Sicherung erneut fest.</translation>
    </message>
    <message>
        <source>This file is not an Outpost backup.</source>
        <translation>Diese Datei ist keine Outpost-Sicherung.</translation>
    </message>
    <message>
        <source>The backup is incomplete: the file ends before its last part (it was cut short or the copy did not finish).</source>
        <translation>Die Sicherung ist unvollständig: Die Datei endet vor ihrem letzten Teil (sie wurde abgeschnitten oder das Kopieren wurde nicht abgeschlossen).</translation>
    </message>
    <message>
        <source>The backup is damaged: part %1 failed authentication (the file was changed or the disk corrupted it).</source>
        <translation>Die Sicherung ist beschädigt: Teil %1 hat die Echtheitsprüfung nicht bestanden (die Datei wurde verändert oder vom Datenträger beschädigt).</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Outpost (backup format %1; this version reads format %2). Update Outpost to read it.</source>
        <translation>Diese Sicherung wurde mit einer neueren Version von Outpost erstellt (Sicherungsformat %1; diese Version liest Format %2). Aktualisieren Sie Outpost, um sie zu lesen.</translation>
    </message>
    <message>
        <source>The backup&apos;s header is damaged.</source>
        <translation>Der Kopfbereich der Sicherung ist beschädigt.</translation>
    </message>
    <message>
        <source>The backup&apos;s header has not been read.</source>
        <translation>Der Kopfbereich der Sicherung wurde noch nicht gelesen.</translation>
    </message>
    <message>
        <source>A backup key must be 32 bytes.</source>
        <translation>Ein Sicherungsschlüssel muss 32 Byte lang sein.</translation>
    </message>
    <message>
        <source>The backup holds more pages than its header says.</source>
        <translation>Die Sicherung enthält mehr Seiten, als ihr Kopfbereich angibt.</translation>
    </message>
    <message>
        <source>The backup is damaged: it ends inside a page.</source>
        <translation>Die Sicherung ist beschädigt: Sie endet mitten in einer Seite.</translation>
    </message>
    <message>
        <source>The backup is damaged: its data is incomplete.</source>
        <translation>Die Sicherung ist beschädigt: Ihre Daten sind unvollständig.</translation>
    </message>
    <message>
        <source>The backup is damaged: it holds fewer pages than its header says.</source>
        <translation>Die Sicherung ist beschädigt: Sie enthält weniger Seiten, als ihr Kopfbereich angibt.</translation>
    </message>
    <message>
        <source>The backup is damaged: there are bytes after its end.</source>
        <translation>Die Sicherung ist beschädigt: Nach ihrem Ende folgen weitere Bytes.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Unter %1 gibt es keine Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: this user may not read it.</source>
        <translation>%1 kann nicht gelesen werden: Dieser Benutzer darf die Datei nicht lesen.</translation>
    </message>
    <message>
        <source>The backup is damaged: its keyring is unreadable.</source>
        <translation>Die Sicherung ist beschädigt: Ihr Schlüsselbund ist nicht lesbar.</translation>
    </message>
    <message>
        <source>The backup is damaged: its keyring does not match its data key.</source>
        <translation>Die Sicherung ist beschädigt: Ihr Schlüsselbund passt nicht zu ihrem Datenschlüssel.</translation>
    </message>
    <message>
        <source>The backup is damaged: the database it holds does not open.</source>
        <translation>Die Sicherung ist beschädigt: Die enthaltene Datenbank lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>The backup is damaged: the database it holds fails SQLite&apos;s integrity check.</source>
        <translation>Die Sicherung ist beschädigt: Die enthaltene Datenbank besteht die Integritätsprüfung von SQLite nicht.</translation>
    </message>
    <message>
        <source>The backup is damaged: its tables do not hold the number of rows its header lists.</source>
        <translation>Die Sicherung ist beschädigt: Ihre Tabellen enthalten nicht die im Kopfbereich angegebene Anzahl an Zeilen.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: this user may not write there.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: Dieser Benutzer darf dort nicht schreiben.</translation>
    </message>
    <message>
        <source>Cannot write to the folder %1: it is read-only or this user may not change it.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden: Er ist schreibgeschützt oder dieser Benutzer darf ihn nicht ändern.</translation>
    </message>
    <message>
        <source>The folder %1 already holds an Outpost database; restore into an empty folder, or replace the current data after confirming.</source>
        <translation>Der Ordner %1 enthält bereits eine Outpost-Datenbank; stellen Sie in einen leeren Ordner wieder her oder ersetzen Sie die aktuellen Daten nach Bestätigung.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>There is no Outpost database in %1 to replace.</source>
        <translation>In %1 gibt es keine Outpost-Datenbank, die ersetzt werden könnte.</translation>
    </message>
    <message>
        <source>There is already a file at %1; choose another name.</source>
        <translation>Unter %1 gibt es bereits eine Datei; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist (is the disk connected?).</source>
        <translation>Der Ordner %1 existiert nicht (ist der Datenträger angeschlossen?).</translation>
    </message>
    <message>
        <source>The backup file is not open.</source>
        <translation>Die Sicherungsdatei ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>This backup destination cannot start again.</source>
        <translation>Dieses Sicherungsziel kann nicht erneut gestartet werden.</translation>
    </message>
    <message>
        <source>The backup could not be compressed.</source>
        <translation>Die Sicherung konnte nicht komprimiert werden.</translation>
    </message>
    <message>
        <source>The keyring file does not belong to the open database; the backup was not made.</source>
        <translation>Die Schlüsselbunddatei gehört nicht zur geöffneten Datenbank; die Sicherung wurde nicht erstellt.</translation>
    </message>
    <message>
        <source>Cannot read the keyring file %1.</source>
        <translation>Die Schlüsselbunddatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The encrypted storage could not start.</source>
        <translation>Der verschlüsselte Speicher konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>There is already a file at %1.</source>
        <translation>Unter %1 gibt es bereits eine Datei.</translation>
    </message>
    <message>
        <source>The working copy could not be opened.</source>
        <translation>Die Arbeitskopie konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The backup could not start its database copy.</source>
        <translation>Die Sicherung konnte das Kopieren der Datenbank nicht starten.</translation>
    </message>
    <message>
        <source>The backup could not copy the database: %1. Nothing was saved.</source>
        <translation>Die Sicherung konnte die Datenbank nicht kopieren: %1. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Row %1 was removed.</source>
        <translation>Zeile %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>Row %1 does not follow row %2: the chain was rewritten.</source>
        <translation>Zeile %1 folgt nicht auf Zeile %2: Die Kette wurde umgeschrieben.</translation>
    </message>
    <message>
        <source>Row %1 was changed.</source>
        <translation>Zeile %1 wurde verändert.</translation>
    </message>
    <message>
        <source>Rows %1 to %2 were removed from the end.</source>
        <translation>Die Zeilen %1 bis %2 wurden am Ende entfernt.</translation>
    </message>
    <message>
        <source>The newest rows do not match the recorded end of the log.</source>
        <translation>Die neuesten Zeilen stimmen nicht mit dem festgehaltenen Ende des Protokolls überein.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an admin to enable it.</source>
        <translation>Dieses Konto ist deaktiviert. Bitten Sie einen Administrator, es zu aktivieren.</translation>
    </message>
    <message>
        <source>This session is not locked.</source>
        <translation>Diese Sitzung ist nicht gesperrt.</translation>
    </message>
    <message>
        <source>Only %1 can unlock this session. To work as %2, use Switch user.</source>
        <translation>Nur %1 kann diese Sitzung entsperren. Um als %2 zu arbeiten, wählen Sie „Benutzer wechseln“.</translation>
    </message>
    <message>
        <source>The screen locks after %1 to %2 minutes of inactivity.</source>
        <translation>Der Bildschirm wird nach %1 bis %2 Minuten ohne Eingabe gesperrt.</translation>
    </message>
    <message>
        <source>Say why you need this patient&apos;s clinical record, in at least %1 characters.</source>
        <translation>Geben Sie in mindestens %1 Zeichen an, warum Sie die klinische Akte dieses Patienten benötigen.</translation>
    </message>
    <message>
        <source>Keep the reason under %1 characters.</source>
        <translation>Der Grund muss kürzer als %1 Zeichen sein.</translation>
    </message>
    <message>
        <source>No patient has this id.</source>
        <translation>Kein Patient hat diese ID.</translation>
    </message>
    <message>
        <source>No encounter has this id.</source>
        <translation>Keine Konsultation hat diese ID.</translation>
    </message>
    <message>
        <source>No clinical entry has this id.</source>
        <translation>Kein klinischer Eintrag hat diese ID.</translation>
    </message>
    <message>
        <source>This encounter belongs to another patient.</source>
        <translation>Diese Konsultation gehört zu einem anderen Patienten.</translation>
    </message>
    <message>
        <source>This encounter is closed; amend its entries or open a new encounter.</source>
        <translation>Diese Konsultation ist abgeschlossen; berichtigen Sie ihre Einträge oder öffnen Sie eine neue Konsultation.</translation>
    </message>
    <message>
        <source>This encounter was entered in error.</source>
        <translation>Diese Konsultation wurde irrtümlich erfasst.</translation>
    </message>
    <message>
        <source>This encounter is already closed.</source>
        <translation>Diese Konsultation ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>Marking an encounter as entered in error needs a reason.</source>
        <translation>Um eine Konsultation als irrtümlich erfasst zu markieren, ist ein Grund erforderlich.</translation>
    </message>
    <message>
        <source>This encounter was already entered in error.</source>
        <translation>Diese Konsultation wurde bereits als irrtümlich erfasst markiert.</translation>
    </message>
    <message>
        <source>A note is written in an encounter; open one first.</source>
        <translation>Eine Notiz wird in einer Konsultation geschrieben; öffnen Sie zuerst eine.</translation>
    </message>
    <message>
        <source>Vitals are recorded in an encounter; open one first.</source>
        <translation>Vitalwerte werden in einer Konsultation erfasst; öffnen Sie zuerst eine.</translation>
    </message>
    <message>
        <source>An amendment needs a reason.</source>
        <translation>Eine Berichtigung braucht einen Grund.</translation>
    </message>
    <message>
        <source>Marking an entry as entered in error needs a reason.</source>
        <translation>Um einen Eintrag als irrtümlich erfasst zu markieren, ist ein Grund erforderlich.</translation>
    </message>
    <message>
        <source>This entry was entered in error; it can&apos;t be changed.</source>
        <translation>Dieser Eintrag wurde irrtümlich erfasst; er kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>This entry has been amended since; change its newest version.</source>
        <translation>Dieser Eintrag wurde inzwischen berichtigt; ändern Sie seine neueste Fassung.</translation>
    </message>
    <message>
        <source>The amendment is the same as the entry; change something first.</source>
        <translation>Die Berichtigung ist mit dem Eintrag identisch; ändern Sie zuerst etwas.</translation>
    </message>
    <message>
        <source>A %1&apos;s status must be active or %2.</source>
        <translation>Der Status eines Eintrags vom Typ „%1“ muss „active“ oder „%2“ sein.</translation>
    </message>
    <message>
        <source>A note needs at least one of subjective, objective, assessment or plan.</source>
        <translation>Eine Notiz braucht mindestens eines der Felder Subjektiv, Objektiv, Beurteilung oder Plan.</translation>
    </message>
    <message>
        <source>%1 must be a number in %2.</source>
        <translation>%1 muss eine Zahl in %2 sein.</translation>
    </message>
    <message>
        <source>%1 must be given in %2.</source>
        <translation>%1 muss in %2 angegeben werden.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4; %5 is not plausible.</source>
        <translation>%1 muss zwischen %2 und %3 %4 liegen; %5 ist nicht plausibel.</translation>
    </message>
    <message>
        <source>Vitals need at least one measurement.</source>
        <translation>Vitalwerte brauchen mindestens einen Messwert.</translation>
    </message>
    <message>
        <source>Blood pressure needs both the systolic and the diastolic value.</source>
        <translation>Für den Blutdruck sind der systolische und der diastolische Wert erforderlich.</translation>
    </message>
    <message>
        <source>Systolic pressure must be higher than diastolic pressure.</source>
        <translation>Der systolische Blutdruck muss höher sein als der diastolische.</translation>
    </message>
    <message>
        <source>An allergy needs the substance the patient reacts to.</source>
        <translation>Eine Allergie braucht den Stoff, auf den der Patient reagiert.</translation>
    </message>
    <message>
        <source>An allergy&apos;s severity must be mild, moderate, severe or life-threatening.</source>
        <translation>Der Schweregrad einer Allergie muss leicht, mittel, schwer oder lebensbedrohlich sein.</translation>
    </message>
    <message>
        <source>A problem needs a name.</source>
        <translation>Ein Problem braucht einen Namen.</translation>
    </message>
    <message>
        <source>A medication needs a name.</source>
        <translation>Ein Medikament braucht einen Namen.</translation>
    </message>
    <message>
        <source>This entry is too long; split it into several entries.</source>
        <translation>Dieser Eintrag ist zu lang; teilen Sie ihn auf mehrere Einträge auf.</translation>
    </message>
    <message>
        <source>Unknown kind of clinical entry.</source>
        <translation>Unbekannte Art von klinischem Eintrag.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Benutzername oder Passwort falsch.</translation>
    </message>
    <message>
        <source>A document page&apos;s word boxes cannot be read.</source>
        <translation>Die Wortpositionen einer Dokumentseite können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No document has this id.</source>
        <translation>Kein Dokument hat diese ID.</translation>
    </message>
    <message>
        <source>Page %1 has no image, or one too large to store.</source>
        <translation>Seite %1 hat kein Bild oder ein Bild, das zu groß zum Speichern ist.</translation>
    </message>
    <message>
        <source>Page %1&apos;s image is not a %2 image.</source>
        <translation>Das Bild von Seite %1 ist kein %2-Bild.</translation>
    </message>
    <message>
        <source>Page %1 has no size.</source>
        <translation>Seite %1 hat keine Größe.</translation>
    </message>
    <message>
        <source>Page %1 holds more text than a page can.</source>
        <translation>Seite %1 enthält mehr Text, als eine Seite fassen kann.</translation>
    </message>
    <message>
        <source>A document needs at least one page.</source>
        <translation>Ein Dokument braucht mindestens eine Seite.</translation>
    </message>
    <message>
        <source>A document may have at most %1 pages.</source>
        <translation>Ein Dokument darf höchstens %1 Seiten haben.</translation>
    </message>
    <message>
        <source>The document&apos;s title is too long (at most 255 characters).</source>
        <translation>Der Titel des Dokuments ist zu lang (höchstens 255 Zeichen).</translation>
    </message>
    <message>
        <source>This document has no page %1.</source>
        <translation>Dieses Dokument hat keine Seite %1.</translation>
    </message>
    <message>
        <source>The search is too long (at most 200 characters).</source>
        <translation>Die Suche ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <source>A draft needs a patient.</source>
        <translation>Ein Entwurf braucht einen Patienten.</translation>
    </message>
    <message>
        <source>The identifier kind “%1” is listed twice.</source>
        <translation>Die Art der Kennung „%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>A clinic records at least one kind of identifier.</source>
        <translation>Eine Praxis erfasst mindestens eine Art von Kennung.</translation>
    </message>
    <message>
        <source>A clinic records at most %1 kinds of identifier.</source>
        <translation>Eine Praxis erfasst höchstens %1 Arten von Kennungen.</translation>
    </message>
    <message>
        <source>This clinic does not record identifiers of kind “%1”. It records: %2.</source>
        <translation>Diese Praxis erfasst keine Kennungen der Art „%1“. Sie erfasst: %2.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in 1 second.</source>
        <translation>Zu viele Fehlversuche. Versuchen Sie es in 1 Sekunde erneut.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in %1 seconds.</source>
        <translation>Zu viele Fehlversuche. Versuchen Sie es in %1 Sekunden erneut.</translation>
    </message>
    <message>
        <source>Records moved by the merge have changed since; the merge can&apos;t be undone.</source>
        <translation>Durch die Zusammenführung verschobene Daten wurden inzwischen geändert; die Zusammenführung kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Entries written since the merge (%1) belong with records that came from the merged patient; the merge can&apos;t be undone.</source>
        <translation>Seit der Zusammenführung geschriebene Einträge (%1) gehören zu Daten, die vom zusammengeführten Patienten stammen; die Zusammenführung kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>A merge needs a reason.</source>
        <translation>Eine Zusammenführung braucht einen Grund.</translation>
    </message>
    <message>
        <source>A record can&apos;t be merged into itself.</source>
        <translation>Eine Akte kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>The record to keep does not exist.</source>
        <translation>Die zu behaltende Akte existiert nicht.</translation>
    </message>
    <message>
        <source>The record to keep was itself merged into another record.</source>
        <translation>Die zu behaltende Akte wurde selbst mit einer anderen Akte zusammengeführt.</translation>
    </message>
    <message>
        <source>The duplicate record does not exist.</source>
        <translation>Die doppelte Akte existiert nicht.</translation>
    </message>
    <message>
        <source>This duplicate has already been merged into another record.</source>
        <translation>Dieses Duplikat wurde bereits mit einer anderen Akte zusammengeführt.</translation>
    </message>
    <message>
        <source>Undoing a merge needs a reason.</source>
        <translation>Um eine Zusammenführung rückgängig zu machen, ist ein Grund erforderlich.</translation>
    </message>
    <message>
        <source>No merge has this id.</source>
        <translation>Keine Zusammenführung hat diese ID.</translation>
    </message>
    <message>
        <source>This merge has already been undone.</source>
        <translation>Diese Zusammenführung wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>The surviving record has since been merged into another record; undo that merge first.</source>
        <translation>Die verbleibende Akte wurde inzwischen mit einer anderen Akte zusammengeführt; machen Sie zuerst diese Zusammenführung rückgängig.</translation>
    </message>
    <message>
        <source>The merged record no longer points at the survivor; the merge can&apos;t be undone.</source>
        <translation>Die zusammengeführte Akte verweist nicht mehr auf die verbleibende Akte; die Zusammenführung kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>No patient with that id.</source>
        <translation>Kein Patient mit dieser ID.</translation>
    </message>
    <message>
        <source>This patient may already be registered (%1 similar record(s)). Open the existing record, or give a reason why this is a different person.</source>
        <translation>Dieser Patient ist möglicherweise bereits aufgenommen (ähnliche Akten: %1). Öffnen Sie die vorhandene Akte oder geben Sie einen Grund an, warum es sich um eine andere Person handelt.</translation>
    </message>
    <message>
        <source>This record was merged into another record; use the surviving record.</source>
        <translation>Diese Akte wurde mit einer anderen Akte zusammengeführt; verwenden Sie die verbleibende Akte.</translation>
    </message>
    <message>
        <source>No user has this id.</source>
        <translation>Kein Benutzer hat diese ID.</translation>
    </message>
    <message>
        <source>Appointments are booked with a clinician; this user is not one.</source>
        <translation>Termine werden bei einem Behandler gebucht; dieser Benutzer ist kein Behandler.</translation>
    </message>
    <message>
        <source>This clinician&apos;s account is disabled.</source>
        <translation>Das Konto dieses Behandlers ist deaktiviert.</translation>
    </message>
    <message>
        <source>This patient is already on today&apos;s list; check in that appointment.</source>
        <translation>Dieser Patient steht bereits auf der heutigen Liste; erfassen Sie die Ankunft für diesen Termin.</translation>
    </message>
    <message>
        <source>Choose the day of the appointment.</source>
        <translation>Wählen Sie den Tag des Termins.</translation>
    </message>
    <message>
        <source>Appointments can&apos;t be booked on a day that has passed.</source>
        <translation>Termine können nicht an einem vergangenen Tag gebucht werden.</translation>
    </message>
    <message>
        <source>The appointment time is not a valid time of day.</source>
        <translation>Die Terminzeit ist keine gültige Uhrzeit.</translation>
    </message>
    <message>
        <source>No appointment has this id.</source>
        <translation>Kein Termin hat diese ID.</translation>
    </message>
    <message>
        <source>An appointment that is %1 can&apos;t be changed to %2.</source>
        <translation>Ein Termin mit dem Status „%1“ kann nicht auf „%2“ geändert werden.</translation>
    </message>
    <message>
        <source>Permission denied: the %1 role may not %2.</source>
        <translation>Keine Berechtigung: Die Rolle %1 darf Folgendes nicht: %2.</translation>
    </message>
    <message>
        <source>Your account was changed since you logged in. Log in again.</source>
        <translation>Ihr Konto wurde seit Ihrer Anmeldung geändert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>A user name has %1 to %2 letters, digits, dots, underscores or dashes, and starts with a letter or digit.</source>
        <translation>Ein Benutzername besteht aus %1 bis %2 Buchstaben, Ziffern, Punkten, Unterstrichen oder Bindestrichen und beginnt mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>A display name has 1 to %1 characters.</source>
        <translation>Ein Anzeigename hat 1 bis %1 Zeichen.</translation>
    </message>
    <message>
        <source>A display name cannot hold control characters.</source>
        <translation>Ein Anzeigename darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Benutzer namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is the last active admin. Make another user an admin first, so someone can still manage users.</source>
        <translation>%1 ist der letzte aktive Administrator. Machen Sie zuerst einen anderen Benutzer zum Administrator, damit weiterhin jemand die Benutzer verwalten kann.</translation>
    </message>
    <message>
        <source>This clinic already has users. An admin adds new ones.</source>
        <translation>Diese Praxis hat bereits Benutzer. Neue Benutzer legt ein Administrator an.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is taken (by &quot;%2&quot;). Choose another.</source>
        <translation>Der Benutzername &quot;%1&quot; ist bereits vergeben (an &quot;%2&quot;). Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Sie können Ihr eigenes Konto nicht deaktivieren.</translation>
    </message>
    <message>
        <source>%1 is already disabled.</source>
        <translation>%1 ist bereits deaktiviert.</translation>
    </message>
    <message>
        <source>%1 is not disabled.</source>
        <translation>%1 ist nicht deaktiviert.</translation>
    </message>
    <message>
        <source>%1 already has the %2 role.</source>
        <translation>%1 hat bereits die Rolle %2.</translation>
    </message>
    <message>
        <source>%1 is disabled. Enable the account with a new password instead.</source>
        <translation>%1 ist deaktiviert. Aktivieren Sie das Konto stattdessen mit einem neuen Passwort.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Das neue Passwort muss sich vom aktuellen unterscheiden.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>Das aktuelle Passwort ist nicht korrekt.</translation>
    </message>
    <message>
        <source>The configuration file %1 cannot be read.</source>
        <translation>Die Konfigurationsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1, line %2: expected &quot;setting = value&quot;.</source>
        <translation>%1, Zeile %2: &quot;setting = value&quot; erwartet.</translation>
    </message>
    <message>
        <source>%1, line %2 holds &quot;%3&quot;: passwords and keys never belong in a configuration file. Remove it.</source>
        <translation>%1, Zeile %2 enthält &quot;%3&quot;: Passwörter und Schlüssel gehören nie in eine Konfigurationsdatei. Entfernen Sie den Eintrag.</translation>
    </message>
    <message>
        <source>%1, line %2: unknown setting &quot;%3&quot; ignored.</source>
        <translation>%1, Zeile %2: Unbekannte Einstellung &quot;%3&quot; wird ignoriert.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Unbekannte Einstellung &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The key derivation parameters are not usable.</source>
        <translation>Die Parameter der Schlüsselableitung sind nicht verwendbar.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (Argon2id needs %1 MiB).</source>
        <translation>Nicht genug Arbeitsspeicher, um den Schlüssel abzuleiten (Argon2id benötigt %1 MiB).</translation>
    </message>
    <message>
        <source>Restore it from a backup, or use the recovery key to make a new one (outpostctl unlock-with-recovery-key).</source>
        <translation>Stellen Sie die Schlüsselbunddatei aus einer Sicherung wieder her oder erstellen Sie mit dem Wiederherstellungsschlüssel eine neue (outpostctl unlock-with-recovery-key).</translation>
    </message>
    <message>
        <source>A user name cannot be empty.</source>
        <translation>Der Benutzername darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A password cannot be empty.</source>
        <translation>Das Passwort darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Die Kryptografiebibliothek konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The Argon2id parameters are below libsodium&apos;s interactive minimum or absurdly high.</source>
        <translation>Die Argon2id-Parameter liegen unter dem interaktiven Minimum von libsodium oder sind unsinnig hoch.</translation>
    </message>
    <message>
        <source>Wrong recovery key: it does not unlock this keyring.</source>
        <translation>Falscher Wiederherstellungsschlüssel: Er entsperrt diesen Schlüsselbund nicht.</translation>
    </message>
    <message>
        <source>That data key does not belong to this keyring.</source>
        <translation>Dieser Datenschlüssel gehört nicht zu diesem Schlüsselbund.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; already has a key slot.</source>
        <translation>Der Benutzer &quot;%1&quot; hat bereits einen Schlüsselplatz.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; has no key slot.</source>
        <translation>Der Benutzer &quot;%1&quot; hat keinen Schlüsselplatz.</translation>
    </message>
    <message>
        <source>The recovery key cannot contain &quot;%1&quot;: it has only the digits and the letters A to Z without I, L, O and U.</source>
        <translation>Der Wiederherstellungsschlüssel kann &quot;%1&quot; nicht enthalten: Er besteht nur aus Ziffern und den Buchstaben A bis Z ohne I, L, O und U.</translation>
    </message>
    <message>
        <source>A recovery key has %1 letters and digits in %2 groups; this one has %3. Check it against the printed copy.</source>
        <translation>Ein Wiederherstellungsschlüssel hat %1 Buchstaben und Ziffern in %2 Gruppen; dieser hat %3. Vergleichen Sie ihn mit dem Ausdruck.</translation>
    </message>
    <message>
        <source>The recovery key has a typo: compare each group with the printed copy.</source>
        <translation>Der Wiederherstellungsschlüssel enthält einen Tippfehler: Vergleichen Sie jede Gruppe mit dem Ausdruck.</translation>
    </message>
    <message>
        <source>The number of demo patients must be 0 to 2,000,000.</source>
        <translation>Die Anzahl der Demo-Patienten muss zwischen 0 und 2.000.000 liegen.</translation>
    </message>
    <message>
        <source>Demo data creation was cancelled.</source>
        <translation>Das Erstellen der Demodaten wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Verwenden Sie höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Remove the invisible control characters.</source>
        <translation>Entfernen Sie die unsichtbaren Steuerzeichen.</translation>
    </message>
    <message>
        <source>Enter a family name or a given name.</source>
        <translation>Geben Sie einen Nachnamen oder einen Vornamen ein.</translation>
    </message>
    <message>
        <source>Enter the date of birth, or an estimate marked as approximate.</source>
        <translation>Geben Sie das Geburtsdatum ein oder ein als geschätzt markiertes Datum.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>Das Geburtsdatum liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>The date of birth is more than 130 years ago.</source>
        <translation>Das Geburtsdatum liegt mehr als 130 Jahre zurück.</translation>
    </message>
    <message>
        <source>A phone number has 6 to 15 digits.</source>
        <translation>Eine Telefonnummer hat 6 bis 15 Ziffern.</translation>
    </message>
    <message>
        <source>Each identifier needs a kind and a value.</source>
        <translation>Jede Kennung braucht eine Art und einen Wert.</translation>
    </message>
    <message>
        <source>An identifier has at most 64 characters.</source>
        <translation>Eine Kennung hat höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <source>Each contact needs a name.</source>
        <translation>Jeder Kontakt braucht einen Namen.</translation>
    </message>
    <message>
        <source>Unknown log level &quot;%1&quot;: use trace, debug, info, warn, error or off.</source>
        <translation>Unbekannte Protokollstufe &quot;%1&quot;: Verwenden Sie trace, debug, info, warn, error oder off.</translation>
    </message>
    <message>
        <source>The log folder %1 cannot be created.</source>
        <translation>Der Protokollordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The search text is too long: use at most %1 characters.</source>
        <translation>Der Suchtext ist zu lang: Verwenden Sie höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A value of type %1 cannot be stored.</source>
        <translation>Ein Wert vom Typ %1 kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The statement takes %1 values, not %2.</source>
        <translation>Die Anweisung erwartet %1 Werte, nicht %2.</translation>
    </message>
    <message>
        <source>Exactly one SQL statement is expected here.</source>
        <translation>Hier wird genau eine SQL-Anweisung erwartet.</translation>
    </message>
    <message>
        <source>There is no Outpost database in %1. Create one with outpostctl init.</source>
        <translation>In %1 gibt es keine Outpost-Datenbank. Legen Sie eine mit outpostctl init an.</translation>
    </message>
    <message>
        <source>The keyring file %1 does not belong to the database %2 (it is for key generation %3; the database is at generation %4). Restore both from the same backup, or use the recovery key.</source>
        <translation>Die Schlüsselbunddatei %1 gehört nicht zur Datenbank %2 (sie gehört zur Schlüsselgeneration %3; die Datenbank ist bei Generation %4). Stellen Sie beide aus derselben Sicherung wieder her oder verwenden Sie den Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>The keyring file %1 does not belong to the database %2. Restore both from the same backup, or use the recovery key.</source>
        <translation>Die Schlüsselbunddatei %1 gehört nicht zur Datenbank %2. Stellen Sie beide aus derselben Sicherung wieder her oder verwenden Sie den Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>The data folder %1 already holds an Outpost database or keyring; init does not overwrite it. Choose another folder.</source>
        <translation>Der Datenordner %1 enthält bereits eine Outpost-Datenbank oder einen Schlüsselbund; init überschreibt diese nicht. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The clinic name cannot be empty.</source>
        <translation>Der Name der Praxis darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Cannot write to the data folder %1: it is read-only or this user may not change it.</source>
        <translation>In den Datenordner %1 kann nicht geschrieben werden: Er ist schreibgeschützt oder dieser Benutzer darf ihn nicht ändern.</translation>
    </message>
    <message>
        <source>There is no Outpost database in %1.</source>
        <translation>In %1 gibt es keine Outpost-Datenbank.</translation>
    </message>
    <message>
        <source>Wrong recovery key: it does not open this database.</source>
        <translation>Falscher Wiederherstellungsschlüssel: Er öffnet diese Datenbank nicht.</translation>
    </message>
    <message>
        <source>Cannot remove the last user: nobody could unlock the database without the recovery key.</source>
        <translation>Der letzte Benutzer kann nicht entfernt werden: Ohne den Wiederherstellungsschlüssel könnte niemand die Datenbank entsperren.</translation>
    </message>
    <message>
        <source>The database is closed.</source>
        <translation>Die Datenbank ist geschlossen.</translation>
    </message>
    <message>
        <source>Outpost may not write in the folder %1 (permission denied). Choose a folder you can write to, or ask an administrator.</source>
        <translation>Outpost darf im Ordner %1 nicht schreiben (Zugriff verweigert). Wählen Sie einen Ordner, in den Sie schreiben können, oder fragen Sie einen Administrator.</translation>
    </message>
    <message>
        <source>The transaction has already ended.</source>
        <translation>Die Transaktion ist bereits beendet.</translation>
    </message>
    <message>
        <source>A database needs at least one reader connection.</source>
        <translation>Eine Datenbank braucht mindestens eine Leseverbindung.</translation>
    </message>
    <message>
        <source>Outpost may not open %1 (permission denied).</source>
        <translation>Outpost darf %1 nicht öffnen (Zugriff verweigert).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Unter %1 gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>The database %1 is empty. Restore from a backup.</source>
        <translation>Die Datenbank %1 ist leer. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Outpost may not write to %1 (permission denied).</source>
        <translation>Outpost darf nicht in %1 schreiben (Zugriff verweigert).</translation>
    </message>
    <message>
        <source>The database could not switch to write-ahead logging.</source>
        <translation>Die Datenbank konnte nicht in den Write-Ahead-Logging-Modus wechseln.</translation>
    </message>
    <message>
        <source>The file is not an Outpost database. Restore from a backup.</source>
        <translation>Die Datei ist keine Outpost-Datenbank. Stellen Sie die Daten aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The database is damaged (its integrity check failed). Restore from a backup.</source>
        <translation>Die Datenbank ist beschädigt (die Integritätsprüfung ist fehlgeschlagen). Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is not an Outpost database or is damaged.</source>
        <translation>%1 ist keine Outpost-Datenbank oder ist beschädigt.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: the folder is read-only or this user may not change it.</source>
        <translation>Aktion „%1“ für %2 nicht möglich: Der Ordner ist schreibgeschützt oder dieser Benutzer darf ihn nicht ändern.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: the disk is full. Free some space and try again.</source>
        <translation>Aktion „%1“ für %2 nicht möglich: Der Datenträger ist voll. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: %3.</source>
        <translation>Aktion „%1“ für %2 nicht möglich: %3.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot flush %1: %2.</source>
        <translation>%1 kann nicht auf den Datenträger geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The database is not open through the encrypted VFS.</source>
        <translation>Die Datenbank ist nicht über das verschlüsselte VFS geöffnet.</translation>
    </message>
    <message>
        <source>A database key must be 32 bytes.</source>
        <translation>Ein Datenbankschlüssel muss 32 Byte lang sein.</translation>
    </message>
    <message>
        <source>The database %1 is already open with another key.</source>
        <translation>Die Datenbank %1 ist bereits mit einem anderen Schlüssel geöffnet.</translation>
    </message>
    <message>
        <source>Migration %1 is out of order: steps must be numbered 1, 2, 3… in order.</source>
        <translation>Migration %1 steht an der falschen Stelle: Die Schritte müssen fortlaufend mit 1, 2, 3… nummeriert sein.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Outpost (schema %1; this version knows up to %2). Update Outpost to open it.</source>
        <translation>Diese Datenbank wurde mit einer neueren Version von Outpost erstellt (Schema %1; diese Version kennt bis %2). Aktualisieren Sie Outpost, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The database is damaged (page %1 failed authentication). Restore from a backup.</source>
        <translation>Die Datenbank ist beschädigt (Seite %1 hat die Echtheitsprüfung nicht bestanden). Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The disk is full. The last change was not saved; everything saved before it is safe. Free some space and try again.</source>
        <translation>Der Datenträger ist voll. Die letzte Änderung wurde nicht gespeichert; alles zuvor Gespeicherte ist sicher. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database is damaged or is not an Outpost database. Restore from a backup.</source>
        <translation>Die Datenbank ist beschädigt oder keine Outpost-Datenbank. Stellen Sie die Daten aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Outpost may not write to the database or its folder (permission denied).</source>
        <translation>Outpost darf nicht in die Datenbank oder ihren Ordner schreiben (Zugriff verweigert).</translation>
    </message>
    <message>
        <source>The database file could not be opened.</source>
        <translation>Die Datenbankdatei konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The database is busy. Try again in a moment.</source>
        <translation>Die Datenbank ist ausgelastet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The database operation was cancelled.</source>
        <translation>Der Datenbankvorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database: %1.</source>
        <translation>Die Änderung verstößt gegen eine Regel der Datenbank: %1.</translation>
    </message>
    <message>
        <source>The disk reported an error while Outpost tried to %1.</source>
        <translation>Der Datenträger hat einen Fehler gemeldet, als Outpost folgende Aktion ausführen wollte: %1.</translation>
    </message>
    <message>
        <source>The database could not %1: %2.</source>
        <translation>Die Datenbank konnte folgende Aktion nicht ausführen: %1 (%2).</translation>
    </message>
    <message>
        <source>Tesseract&apos;s %1 model is missing%2. Install the Debian package %3 (apt install %3).</source>
        <translation>Das Tesseract-Modell %1 fehlt%2. Installieren Sie das Debian-Paket %3 (apt install %3).</translation>
    </message>
    <message>
        <source>Reading the document was cancelled.</source>
        <translation>Das Lesen des Dokuments wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Reading page %1 took longer than %2 s and was stopped.</source>
        <translation>Das Lesen von Seite %1 dauerte länger als %2 s und wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Tesseract could not read page %1.</source>
        <translation>Tesseract konnte Seite %1 nicht lesen.</translation>
    </message>
    <message>
        <source>The page has no image to read.</source>
        <translation>Die Seite enthält kein lesbares Bild.</translation>
    </message>
    <message>
        <source>The page is too large to read.</source>
        <translation>Die Seite ist zu groß zum Lesen.</translation>
    </message>
    <message>
        <source>Not enough memory to read the page.</source>
        <translation>Nicht genug Arbeitsspeicher, um die Seite zu lesen.</translation>
    </message>
    <message>
        <source>This file is neither a supported image (PNG, JPEG, TIFF, BMP, WebP) nor a PDF.</source>
        <translation>Diese Datei ist weder ein unterstütztes Bild (PNG, JPEG, TIFF, BMP, WebP) noch ein PDF.</translation>
    </message>
    <message>
        <source>The JPEG image is truncated.</source>
        <translation>Das JPEG-Bild ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The image has %1 pages; at most %2 can be read.</source>
        <translation>Das Bild hat %1 Seiten; höchstens %2 können gelesen werden.</translation>
    </message>
    <message>
        <source>Page %1 of the image is empty (0 pixels).</source>
        <translation>Seite %1 des Bildes ist leer (0 Pixel).</translation>
    </message>
    <message>
        <source>Page %1 of the image is %2×%3 pixels; at most %4 megapixels can be read.</source>
        <translation>Seite %1 des Bildes hat %2×%3 Pixel; höchstens %4 Megapixel können gelesen werden.</translation>
    </message>
    <message>
        <source>Page %1 of the image cannot be decoded: the file is truncated or damaged.</source>
        <translation>Seite %1 des Bildes kann nicht dekodiert werden: Die Datei ist abgeschnitten oder beschädigt.</translation>
    </message>
    <message>
        <source>Page %1 of the image is too large.</source>
        <translation>Seite %1 des Bildes ist zu groß.</translation>
    </message>
    <message>
        <source>The PDF is truncated.</source>
        <translation>Das PDF ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password; save an unprotected copy and import that.</source>
        <translation>Das PDF ist passwortgeschützt; speichern Sie eine ungeschützte Kopie und importieren Sie diese.</translation>
    </message>
    <message>
        <source>The PDF cannot be read: it is truncated or damaged.</source>
        <translation>Das PDF kann nicht gelesen werden: Es ist abgeschnitten oder beschädigt.</translation>
    </message>
    <message>
        <source>The PDF cannot be read: it has no pages.</source>
        <translation>Das PDF kann nicht gelesen werden: Es hat keine Seiten.</translation>
    </message>
    <message>
        <source>The PDF has %1 pages; at most %2 can be read.</source>
        <translation>Das PDF hat %1 Seiten; höchstens %2 können gelesen werden.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF is empty.</source>
        <translation>Seite %1 des PDF ist leer.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF is too large to render.</source>
        <translation>Seite %1 des PDF ist zu groß zum Darstellen.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF cannot be rendered.</source>
        <translation>Seite %1 des PDF kann nicht dargestellt werden.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Die Datei &quot;%1&quot; existiert nicht.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be opened.</source>
        <translation>Die Datei &quot;%1&quot; kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The file is %1 MB; at most %2 MB can be read.</source>
        <translation>Die Datei ist %1 MB groß; höchstens %2 MB können gelesen werden.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The PDF cannot be read: it has no PDF header.</source>
        <translation>Das PDF kann nicht gelesen werden: Es hat keinen PDF-Kopf.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::AuditModel</name>
    <message>
        <source>Enter a patient id for the report.</source>
        <translation>Geben Sie für den Bericht eine Patienten-ID ein.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::BackupController</name>
    <message>
        <source>Cancelled. No backup file was left behind.</source>
        <translation>Abgebrochen. Es ist keine Sicherungsdatei zurückgeblieben.</translation>
    </message>
    <message>
        <source>The disk is full. The unfinished backup was removed; free some space or choose another disk.</source>
        <translation>Der Datenträger ist voll. Die unfertige Sicherung wurde entfernt; schaffen Sie Platz oder wählen Sie einen anderen Datenträger.</translation>
    </message>
    <message>
        <source>Wrong backup passphrase.</source>
        <translation>Falsche Passphrase der Sicherung.</translation>
    </message>
    <message>
        <source>The backup is damaged or incomplete and cannot be used. Try another backup.</source>
        <translation>Die Sicherung ist beschädigt oder unvollständig und nicht verwendbar. Versuchen Sie eine andere Sicherung.</translation>
    </message>
    <message>
        <source>Outpost may not do this here: only admins manage backups, and the folder must be writable.</source>
        <translation>Outpost darf das hier nicht: Nur Administratoren verwalten Sicherungen, und der Ordner muss beschreibbar sein.</translation>
    </message>
    <message>
        <source>The file or folder was not found. Is the disk connected?</source>
        <translation>Datei oder Ordner nicht gefunden. Ist der Datenträger angeschlossen?</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Wählen Sie eine Passphrase mit mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>Wählen Sie, wo die Sicherung gespeichert wird.</translation>
    </message>
    <message>
        <source>Backup saved to %1 (%2 MB). Keep the passphrase apart from the disk.</source>
        <translation>Sicherung gespeichert unter %1 (%2 MB). Bewahren Sie die Passphrase getrennt vom Datenträger auf.</translation>
    </message>
    <message>
        <source>Choose the backup file to check.</source>
        <translation>Wählen Sie die zu prüfende Sicherungsdatei.</translation>
    </message>
    <message>
        <source>The backup is intact: made %1, %2 patients.</source>
        <translation>Die Sicherung ist intakt: erstellt am %1, %2 Patienten.</translation>
    </message>
    <message>
        <source>Choose the backup file and an empty folder to restore into.</source>
        <translation>Wählen Sie die Sicherungsdatei und einen leeren Ordner für die Wiederherstellung.</translation>
    </message>
    <message>
        <source>Restored %1 patients into %2. Start Outpost with that data folder to use it.</source>
        <translation>%1 Patienten nach %2 wiederhergestellt. Starten Sie Outpost mit diesem Datenordner, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>Set a passphrase for the automatic backups.</source>
        <translation>Legen Sie eine Passphrase für die automatischen Sicherungen fest.</translation>
    </message>
    <message>
        <source>Automatic backup settings saved.</source>
        <translation>Einstellungen der automatischen Sicherung gespeichert.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation>Wählen Sie die Sicherungsdatei zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>Restored %1 patients. This clinic now holds the data of the backup: sign in again.</source>
        <translation>%1 Patienten wiederhergestellt. Diese Klinik enthält jetzt die Daten der Sicherung: Bitte erneut anmelden.</translation>
    </message>
    <message>
        <source>The data that was here before is unchanged. Sign in again.</source>
        <translation>Die bisherigen Daten sind unverändert. Bitte erneut anmelden.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ChartController</name>
    <message>
        <source>Age unknown</source>
        <translation>Alter unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s)</source>
        <translation>
            <numerusform>etwa %n Jahr</numerusform>
            <numerusform>etwa %n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>Severe allergy: %1</source>
        <translation>Schwere Allergie: %1</translation>
    </message>
    <message>
        <source>This record was merged into another one.</source>
        <translation>Diese Akte wurde mit einer anderen zusammengeführt.</translation>
    </message>
    <message>
        <source>The entry was marked as entered in error.</source>
        <translation>Der Eintrag wurde als irrtümlich erfasst markiert.</translation>
    </message>
    <message>
        <source>Emergency access granted for 30 minutes. It is recorded in the audit log.</source>
        <translation>Notfallzugriff für 30 Minuten gewährt. Er wird im Audit-Protokoll festgehalten.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ClinicController</name>
    <message>
        <source>Outpost is locked.</source>
        <translation>Outpost ist gesperrt.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Benutzername oder Passwort falsch.</translation>
    </message>
    <message>
        <source>Enter the clinic&apos;s name.</source>
        <translation>Geben Sie den Namen der Praxis ein.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Geben Sie Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Outpost recovery key for %1</source>
        <translation>Outpost-Wiederherstellungsschlüssel für %1</translation>
    </message>
    <message>
        <source>Outpost recovery key</source>
        <translation>Outpost-Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Personalausweis</translation>
    </message>
    <message>
        <source>Clinic number</source>
        <translation>Patientennummer</translation>
    </message>
    <message>
        <source>Insurance number</source>
        <translation>Versichertennummer</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Reisepass</translation>
    </message>
    <message>
        <source>A backup is still using this clinic&apos;s data. Try again when it has finished.</source>
        <translation>Eine Sicherung verwendet noch die Daten dieser Klinik. Bitte erneut versuchen, wenn sie abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::DocumentController</name>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Dokumentnummer</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Reading page %1 of %2…</source>
        <translation>Seite %1 von %2 wird gelesen…</translation>
    </message>
    <message>
        <source>Choose a patient and a document kind first.</source>
        <translation>Wählen Sie zuerst einen Patienten und eine Dokumentart.</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>Dokument wird gelesen…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Reading the ID card…</source>
        <translation>Ausweis wird gelesen…</translation>
    </message>
</context>
<context>
    <name>outpost::ui::DocumentModel</name>
    <message>
        <source>ID card</source>
        <translation>Ausweis</translation>
    </message>
    <message>
        <source>Insurance card</source>
        <translation>Versichertenkarte</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>Überweisungsschreiben</translation>
    </message>
    <message>
        <source>Lab report</source>
        <translation>Laborbefund</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Sonstiges Dokument</translation>
    </message>
</context>
<context>
    <name>outpost::ui::NoteEditorController</name>
    <message>
        <source>Draft restored from %1.</source>
        <translation>Entwurf vom %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>Entwurf um %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::QueueModel</name>
    <message>
        <source>Checked in.</source>
        <translation>Ankunft erfasst.</translation>
    </message>
    <message>
        <source>Sent to the clinician.</source>
        <translation>Zum Behandler geschickt.</translation>
    </message>
    <message>
        <source>Visit marked done.</source>
        <translation>Konsultation als erledigt markiert.</translation>
    </message>
    <message>
        <source>Marked as no-show.</source>
        <translation>Als nicht erschienen markiert.</translation>
    </message>
    <message>
        <source>Appointment cancelled.</source>
        <translation>Termin abgesagt.</translation>
    </message>
    <message>
        <source>Added to today&apos;s queue.</source>
        <translation>Zur heutigen Warteliste hinzugefügt.</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Eingetroffen</translation>
    </message>
    <message>
        <source>With clinician</source>
        <translation>Beim Behandler</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
</context>
<context>
    <name>outpost::ui::UsersModel</name>
    <message>
        <source>Reception</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Wählen Sie eine Rolle.</translation>
    </message>
    <message>
        <source>User %1 was created.</source>
        <translation>Benutzer %1 wurde angelegt.</translation>
    </message>
    <message>
        <source>User %1 was disabled.</source>
        <translation>Benutzer %1 wurde deaktiviert.</translation>
    </message>
    <message>
        <source>User %1 was enabled with the new password.</source>
        <translation>Benutzer %1 wurde mit dem neuen Passwort aktiviert.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 ist jetzt: %2.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Das Passwort von %1 wurde zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::Vitals</name>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Puls</translation>
    </message>
    <message>
        <source>Systolic pressure</source>
        <translation>Systolischer Blutdruck</translation>
    </message>
    <message>
        <source>Diastolic pressure</source>
        <translation>Diastolischer Blutdruck</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>Atemfrequenz</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Größe</translation>
    </message>
</context>
</TS>
