<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Outpost</source>
        <translation>About Outpost</translation>
    </message>
    <message>
        <source>Outpost %1</source>
        <translation>Outpost %1</translation>
    </message>
    <message>
        <source>Local-first, encrypted clinic records.</source>
        <translation>Local-first, encrypted clinic records.</translation>
    </message>
    <message>
        <source>Built with Qt %1</source>
        <translation>Built with Qt %1</translation>
    </message>
</context>
<context>
    <name>AdminUsersPage</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Create user</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Role of %1</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>Enable %1</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Reset the password of %1</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Exact, or a prefix such as patient.</source>
        <translation>Exact, or a prefix such as patient.</translation>
    </message>
    <message>
        <source>Patient id</source>
        <translation>Patient id</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Every access to this patient</source>
        <translation>Every access to this patient</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Audit events</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
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
        <translation>Show older events</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Export backup</source>
        <translation>Export backup</translation>
    </message>
    <message>
        <source>Verify backup</source>
        <translation>Verify backup</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>The whole clinic is written to one encrypted file. Without the passphrase nobody can read it, and nobody can restore it: keep the passphrase apart from the disk.</source>
        <translation>The whole clinic is written to one encrypted file. Without the passphrase nobody can read it, and nobody can restore it: keep the passphrase apart from the disk.</translation>
    </message>
    <message>
        <source>Checks the whole file without restoring anything.</source>
        <translation>Checks the whole file without restoring anything.</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Save the backup as</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Choose the backup file</translation>
    </message>
    <message>
        <source>Empty folder for the restored data</source>
        <translation>Empty folder for the restored data</translation>
    </message>
    <message>
        <source>Choose the folder to restore into</source>
        <translation>Choose the folder to restore into</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Backup passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Outpost backups (*.outpostbackup)</source>
        <translation>Outpost backups (*.outpostbackup)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Exporting the backup…</source>
        <translation>Exporting the backup…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>Outpost goes on working; other screens wait until this is done.</source>
        <translation>Outpost goes on working; other screens wait until this is done.</translation>
    </message>
    <message>
        <source>Restores into an empty folder as a new data folder, or replaces this clinic&apos;s data. The clinic&apos;s users sign in with the passwords they had when the backup was made.</source>
        <translation>Restores into an empty folder as a new data folder, or replaces this clinic&apos;s data. The clinic&apos;s users sign in with the passwords they had when the backup was made.</translation>
    </message>
    <message>
        <source>Into a new, empty folder</source>
        <translation>Into a new, empty folder</translation>
    </message>
    <message>
        <source>Replace this clinic&apos;s data</source>
        <translation>Replace this clinic&apos;s data</translation>
    </message>
    <message>
        <source>Replace this clinic&apos;s data?</source>
        <translation>Replace this clinic&apos;s data?</translation>
    </message>
    <message>
        <source>Replace the data</source>
        <translation>Replace the data</translation>
    </message>
    <message>
        <source>Everything recorded in %1 since this backup was made will be lost: patients registered, notes, check-ins, documents and user changes. Everyone is signed out. The current data is kept until the restored copy has been checked, and put back if the restore fails.</source>
        <translation>Everything recorded in %1 since this backup was made will be lost: patients registered, notes, check-ins, documents and user changes. Everyone is signed out. The current data is kept until the restored copy has been checked, and put back if the restore fails.</translation>
    </message>
    <message>
        <source>The backup is a snapshot of this moment. Cancel leaves no file behind.</source>
        <translation>The backup is a snapshot of this moment. Cancel leaves no file behind.</translation>
    </message>
    <message>
        <source>Every part of the file is checked; this clinic&apos;s data is not touched.</source>
        <translation>Every part of the file is checked; this clinic&apos;s data is not touched.</translation>
    </message>
    <message>
        <source>The backup goes into the folder you chose; this clinic&apos;s data is not touched.</source>
        <translation>The backup goes into the folder you chose; this clinic&apos;s data is not touched.</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancel export</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>Cancel check</translation>
    </message>
    <message>
        <source>Cancel restore</source>
        <translation>Cancel restore</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Automatic backups</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <source>Last good backup: %1.</source>
        <translation>Last good backup: %1.</translation>
    </message>
    <message>
        <source>No automatic backup has been made yet.</source>
        <translation>No automatic backup has been made yet.</translation>
    </message>
    <message>
        <source>Warning: there has been no good backup for more than %1 days. Check the backup disk.</source>
        <translation>Warning: there has been no good backup for more than %1 days. Check the backup disk.</translation>
    </message>
    <message>
        <source>The last attempt failed: %1</source>
        <translation>The last attempt failed: %1</translation>
    </message>
    <message>
        <source>Back up every day</source>
        <translation>Back up every day</translation>
    </message>
    <message>
        <source>Backup folder (a USB disk or network share)</source>
        <translation>Backup folder (a USB disk or network share)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>Time of day (hour, minute)</source>
        <translation>Time of day (hour, minute)</translation>
    </message>
    <message>
        <source>Backup hour</source>
        <translation>Backup hour</translation>
    </message>
    <message>
        <source>Backup minute</source>
        <translation>Backup minute</translation>
    </message>
    <message>
        <source>Keep daily backups</source>
        <translation>Keep daily backups</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Daily backups kept</translation>
    </message>
    <message>
        <source>Keep weekly backups</source>
        <translation>Keep weekly backups</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Weekly backups kept</translation>
    </message>
    <message>
        <source>Keep monthly backups</source>
        <translation>Keep monthly backups</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>Monthly backups kept</translation>
    </message>
    <message>
        <source>Warn after this many days without a good backup</source>
        <translation>Warn after this many days without a good backup</translation>
    </message>
    <message>
        <source>Days before the warning</source>
        <translation>Days before the warning</translation>
    </message>
    <message>
        <source>New passphrase for automatic backups (leave empty to keep it)</source>
        <translation>New passphrase for automatic backups (leave empty to keep it)</translation>
    </message>
    <message>
        <source>Passphrase for automatic backups</source>
        <translation>Passphrase for automatic backups</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>Save backup settings</source>
        <translation>Save backup settings</translation>
    </message>
</context>
<context>
    <name>ComponentGallery</name>
    <message>
        <source>Patient record saved.</source>
        <translation>Patient record saved.</translation>
    </message>
    <message>
        <source>The backup could not be written: the disk is full.</source>
        <translation>The backup could not be written: the disk is full.</translation>
    </message>
    <message>
        <source>Outpost components — %1 theme</source>
        <translation>Outpost components — %1 theme</translation>
    </message>
    <message>
        <source>Colour roles and type scale</source>
        <translation>Colour roles and type scale</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>%1 %2 px</source>
        <translation>%1 %2 px</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Buttons</translation>
    </message>
    <message>
        <source>Register patient</source>
        <translation>Register patient</translation>
    </message>
    <message>
        <source>Secondary, keyboard focus</source>
        <translation>Secondary, keyboard focus</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>Primary, disabled</source>
        <translation>Primary, disabled</translation>
    </message>
    <message>
        <source>Secondary, disabled</source>
        <translation>Secondary, disabled</translation>
    </message>
    <message>
        <source>Space, Enter and Return activate the focused button; the ring shows keyboard focus.</source>
        <translation>Space, Enter and Return activate the focused button; the ring shows keyboard focus.</translation>
    </message>
    <message>
        <source>Search field</source>
        <translation>Search field</translation>
    </message>
    <message>
        <source>Name, date of birth, clinic number or phone</source>
        <translation>Name, date of birth, clinic number or phone</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>Find patient</translation>
    </message>
    <message>
        <source>müller 1984</source>
        <translation>müller 1984</translation>
    </message>
    <message>
        <source>Results update as you type; Escape or × clears; Down moves to the results.</source>
        <translation>Results update as you type; Escape or × clears; Down moves to the results.</translation>
    </message>
    <message>
        <source>Text fields</source>
        <translation>Text fields</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>As on the ID card</source>
        <translation>As on the ID card</translation>
    </message>
    <message>
        <source>Accents are kept: Müller stays Müller.</source>
        <translation>Accents are kept: Müller stays Müller.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>+33 6 12</source>
        <translation>+33 6 12</translation>
    </message>
    <message>
        <source>This phone number is too short.</source>
        <translation>This phone number is too short.</translation>
    </message>
    <message>
        <source>Clinic number</source>
        <translation>Clinic number</translation>
    </message>
    <message>
        <source>C-000184</source>
        <translation>C-000184</translation>
    </message>
    <message>
        <source>Given by Outpost; it cannot be changed.</source>
        <translation>Given by Outpost; it cannot be changed.</translation>
    </message>
    <message>
        <source>Date field</source>
        <translation>Date field</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
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
        <translation>List rows</translation>
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
        <translation>Arrived 09:12</translation>
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
        <translation>Booked 10:30</translation>
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
        <translation>Done</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Today&apos;s queue</source>
        <translation>Today&apos;s queue</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
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
        <translation>With clinician</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Nguyen, Lan</source>
        <translation>Nguyen, Lan</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>No patients yet</source>
        <translation>No patients yet</translation>
    </message>
    <message>
        <source>Register the first patient, or restore a backup from the File menu.</source>
        <translation>Register the first patient, or restore a backup from the File menu.</translation>
    </message>
    <message>
        <source>Dialog and toasts</source>
        <translation>Dialog and toasts</translation>
    </message>
    <message>
        <source>Delete this draft?</source>
        <translation>Delete this draft?</translation>
    </message>
    <message>
        <source>The unsigned note for Anna Müller will be removed. Signed notes are kept.</source>
        <translation>The unsigned note for Anna Müller will be removed. Signed notes are kept.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Progress overlay</source>
        <translation>Progress overlay</translation>
    </message>
    <message>
        <source>Exporting backup…</source>
        <translation>Exporting backup…</translation>
    </message>
    <message>
        <source>12,400 of 31,000 records</source>
        <translation>12,400 of 31,000 records</translation>
    </message>
    <message>
        <source>Opening the clinic database…</source>
        <translation>Opening the clinic database…</translation>
    </message>
    <message>
        <source>Page content under the overlay</source>
        <translation>Page content under the overlay</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>The page stays usable.</source>
        <translation>The page stays usable.</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Enter a date.</source>
        <translation>Enter a date.</translation>
    </message>
    <message>
        <source>Enter the year with four digits, for example 1984.</source>
        <translation>Enter the year with four digits, for example 1984.</translation>
    </message>
    <message>
        <source>This date does not exist. Check the day and the month.</source>
        <translation>This date does not exist. Check the day and the month.</translation>
    </message>
    <message>
        <source>Enter a date as day/month/year, for example 12/03/1984.</source>
        <translation>Enter a date as day/month/year, for example 12/03/1984.</translation>
    </message>
    <message>
        <source>Enter a date as month/day/year, for example 03/12/1984.</source>
        <translation>Enter a date as month/day/year, for example 03/12/1984.</translation>
    </message>
    <message>
        <source>Enter a date on or after %1.</source>
        <translation>Enter a date on or after %1.</translation>
    </message>
    <message>
        <source>Enter a date on or before %1.</source>
        <translation>Enter a date on or before %1.</translation>
    </message>
    <message>
        <source>Day/month/year, for example 12/03/1984.</source>
        <translation>Day/month/year, for example 12/03/1984.</translation>
    </message>
    <message>
        <source>Month/day/year, for example 03/12/1984.</source>
        <translation>Month/day/year, for example 03/12/1984.</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Read as %1.</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>mm/dd/yyyy</source>
        <translation>mm/dd/yyyy</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>Fit the page to the width</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the document</source>
        <translation>Close the document</translation>
    </message>
    <message>
        <source>Find in this document</source>
        <translation>Find in this document</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) on this page</source>
        <translation>
            <numerusform>%n match on this page</numerusform>
            <numerusform>%n matches on this page</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Document stored.</source>
        <translation>Document stored.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>Import cancelled; nothing was stored.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Import a document</source>
        <translation>Import a document</translation>
    </message>
    <message>
        <source>Search in documents</source>
        <translation>Search in documents</translation>
    </message>
    <message>
        <source>Search in this patient&apos;s documents</source>
        <translation>Search in this patient&apos;s documents</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1, page %2</translation>
    </message>
    <message>
        <source>Match in %1, page %2: %3</source>
        <translation>Match in %1, page %2: %3</translation>
    </message>
    <message>
        <source>No documents yet. Drop scans or PDFs here, or choose Import…</source>
        <translation>No documents yet. Drop scans or PDFs here, or choose Import…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n page(s) · added by %2 on %3</source>
        <translation>
            <numerusform>%1 · %n page · added by %2 on %3</numerusform>
            <numerusform>%1 · %n pages · added by %2 on %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>Scans and PDFs (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)</source>
        <translation>Scans and PDFs (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)</translation>
    </message>
    <message>
        <source>What is this document?</source>
        <translation>What is this document?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be read with text recognition and stored encrypted.</source>
        <translation>
            <numerusform>%n file will be read with text recognition and stored encrypted.</numerusform>
            <numerusform>%n files will be read with text recognition and stored encrypted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Document kind</source>
        <translation>Document kind</translation>
    </message>
    <message>
        <source>Importing a document</source>
        <translation>Importing a document</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Outpost</source>
        <translation>Welcome to Outpost</translation>
    </message>
    <message>
        <source>This computer does not hold a clinic database yet. Outpost keeps all of the clinic&apos;s records here, encrypted, and works without a network.</source>
        <translation>This computer does not hold a clinic database yet. Outpost keeps all of the clinic&apos;s records here, encrypted, and works without a network.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>Open Log Folder</translation>
    </message>
</context>
<context>
    <name>IdScanDialog</name>
    <message>
        <source>Check the fields read from the card</source>
        <translation>Check the fields read from the card</translation>
    </message>
    <message>
        <source>Fill confirmed fields</source>
        <translation>Fill confirmed fields</translation>
    </message>
    <message>
        <source>Compare each value with the card. Tick the ones that are right; only those are filled in.</source>
        <translation>Compare each value with the card. Tick the ones that are right; only those are filled in.</translation>
    </message>
    <message>
        <source>No fields could be read from this card. Type them in by hand.</source>
        <translation>No fields could be read from this card. Type them in by hand.</translation>
    </message>
    <message>
        <source>Use %1: %2</source>
        <translation>Use %1: %2</translation>
    </message>
    <message>
        <source>Confidence %1 % · check digits hold</source>
        <translation>Confidence %1 % · check digits hold</translation>
    </message>
    <message>
        <source>Confidence %1 % · not verified</source>
        <translation>Confidence %1 % · not verified</translation>
    </message>
    <message>
        <source>Where %1 was read on the card</source>
        <translation>Where %1 was read on the card</translation>
    </message>
</context>
<context>
    <name>LabeledTextField</name>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (required)</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Locked by %1</source>
        <translation>Locked by %1</translation>
    </message>
    <message>
        <source>Log in to %1</source>
        <translation>Log in to %1</translation>
    </message>
    <message>
        <source>Outpost</source>
        <translation>Outpost</translation>
    </message>
    <message>
        <source>Enter your password to go on where you left off.</source>
        <translation>Enter your password to go on where you left off.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Back to %1</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>Checking the password</source>
        <translation>Checking the password</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Full Screen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Open &amp;Log Folder</translation>
    </message>
    <message>
        <source>&amp;About Outpost</source>
        <translation>&amp;About Outpost</translation>
    </message>
    <message>
        <source>%1 — Outpost</source>
        <translation>%1 — Outpost</translation>
    </message>
    <message>
        <source>&amp;New Patient</source>
        <translation>&amp;New Patient</translation>
    </message>
    <message>
        <source>&amp;Find Patient</source>
        <translation>&amp;Find Patient</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;High Contrast</translation>
    </message>
    <message>
        <source>Text &amp;Size</source>
        <translation>Text &amp;Size</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>&amp;Admin</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>&amp;Audit Log</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>New patient</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>Find patient</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Move through search results</source>
        <translation>Move through search results</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the patient</source>
        <translation>Open the patient</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the search, close a dialog</source>
        <translation>Clear the search, close a dialog</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;Export Backup…</source>
        <translation>&amp;Export Backup…</translation>
    </message>
    <message>
        <source>&amp;Verify Backup…</source>
        <translation>&amp;Verify Backup…</translation>
    </message>
    <message>
        <source>&amp;Restore Backup…</source>
        <translation>&amp;Restore Backup…</translation>
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
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
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
        <translation>Amend note</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Subjective</source>
        <translation>Subjective</translation>
    </message>
    <message>
        <source>What the patient reports</source>
        <translation>What the patient reports</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Examination and measurements</source>
        <translation>Examination and measurements</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Diagnosis or impression</source>
        <translation>Diagnosis or impression</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Treatment, tests, follow-up</source>
        <translation>Treatment, tests, follow-up</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Reason for the amendment</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation>Save amendment</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Save note</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
</context>
<context>
    <name>PatientChartPage</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Vitals</source>
        <translation>Vitals</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergy</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <source>Patient chart</source>
        <translation>Patient chart</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>No known allergies</translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation>Allergies: %1</translation>
    </message>
    <message>
        <source>Reason for emergency access</source>
        <translation>Reason for emergency access</translation>
    </message>
    <message>
        <source>At least 10 characters. Recorded in the audit log.</source>
        <translation>At least 10 characters. Recorded in the audit log.</translation>
    </message>
    <message>
        <source>Open in an emergency</source>
        <translation>Open in an emergency</translation>
    </message>
    <message>
        <source>Chart sections</source>
        <translation>Chart sections</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Encounters</translation>
    </message>
    <message>
        <source>Access history</source>
        <translation>Access history</translation>
    </message>
    <message>
        <source>Active problems</source>
        <translation>Active problems</translation>
    </message>
    <message>
        <source>No active problems</source>
        <translation>No active problems</translation>
    </message>
    <message>
        <source>Active medications</source>
        <translation>Active medications</translation>
    </message>
    <message>
        <source>No active medications</source>
        <translation>No active medications</translation>
    </message>
    <message>
        <source>Latest vitals</source>
        <translation>Latest vitals</translation>
    </message>
    <message>
        <source>No vitals recorded</source>
        <translation>No vitals recorded</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Amended</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Note saved.</translation>
    </message>
    <message>
        <source>No encounters yet</source>
        <translation>No encounters yet</translation>
    </message>
    <message>
        <source>Notes and vitals recorded at a visit appear here.</source>
        <translation>Notes and vitals recorded at a visit appear here.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>amended: %1</source>
        <translation>amended: %1</translation>
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
        <translation>A</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Amend</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>Entered in error</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Mark as entered in error</source>
        <translation>Mark as entered in error</translation>
    </message>
    <message>
        <source>Mark in error</source>
        <translation>Mark in error</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Entry history</source>
        <translation>Entry history</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>reason: %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>PatientSummaryPage</name>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back to the front desk</source>
        <translation>Back to the front desk</translation>
    </message>
    <message>
        <source>Add to today&apos;s queue</source>
        <translation>Add to today&apos;s queue</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>about %1 (estimated)</source>
        <translation>about %1 (estimated)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Clinical notes are visible to clinicians only.</source>
        <translation>Clinical notes are visible to clinicians only.</translation>
    </message>
</context>
<context>
    <name>ProgressOverlay</name>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
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
        <translation>female</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>by identifier</source>
        <translation>by identifier</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>by phone</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>by name</translation>
    </message>
    <message>
        <source>by date of birth</source>
        <translation>by date of birth</translation>
    </message>
    <message>
        <source>Name, date of birth, phone or ID</source>
        <translation>Name, date of birth, phone or ID</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>Find patient</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>New patient</translation>
    </message>
    <message>
        <source>Recent patients</source>
        <translation>Recent patients</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <source>More than %n patients match: type more to narrow down.</source>
        <translation>
            <numerusform>More than %n patient matches: type more to narrow down.</numerusform>
            <numerusform>More than %n patients match: type more to narrow down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) found</source>
        <translation>
            <numerusform>%n patient found</numerusform>
            <numerusform>%n patients found</numerusform>
        </translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>born about %1</source>
        <translation>born about %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>born %1</translation>
    </message>
    <message>
        <source>No recent patients</source>
        <translation>No recent patients</translation>
    </message>
    <message>
        <source>No patient found</source>
        <translation>No patient found</translation>
    </message>
    <message>
        <source>Patients you open appear here. Type a name, a date of birth, a phone number or an ID to search.</source>
        <translation>Patients you open appear here. Type a name, a date of birth, a phone number or an ID to search.</translation>
    </message>
    <message>
        <source>Check the spelling, try part of the name, or register a new patient.</source>
        <translation>Check the spelling, try part of the name, or register a new patient.</translation>
    </message>
    <message>
        <source>Today&apos;s queue</source>
        <translation>Today&apos;s queue</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Send in</source>
        <translation>Send in</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>No set time</source>
        <translation>No set time</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>More actions for %1</source>
        <translation>More actions for %1</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <source>Nobody in the queue</source>
        <translation>Nobody in the queue</translation>
    </message>
    <message>
        <source>Booked and walk-in patients for today appear here.</source>
        <translation>Booked and walk-in patients for today appear here.</translation>
    </message>
    <message>
        <source>matched in a document</source>
        <translation>matched in a document</translation>
    </message>
</context>
<context>
    <name>RecoveryKeySheet</name>
    <message>
        <source>Outpost recovery key</source>
        <translation>Outpost recovery key</translation>
    </message>
    <message>
        <source>Clinic: %1</source>
        <translation>Clinic: %1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>Printed: %1</translation>
    </message>
    <message>
        <source>With this key anyone can open the clinic&apos;s records, and without it a forgotten admin password cannot be reset. Keep this sheet locked away from the computer, for example in the clinic&apos;s safe. Do not photograph it or store it on the computer.</source>
        <translation>With this key anyone can open the clinic&apos;s records, and without it a forgotten admin password cannot be reset. Keep this sheet locked away from the computer, for example in the clinic&apos;s safe. Do not photograph it or store it on the computer.</translation>
    </message>
    <message>
        <source>To use it: Outpost → sign-in screen, or outpostctl unlock-with-recovery-key.</source>
        <translation>To use it: Outpost → sign-in screen, or outpostctl unlock-with-recovery-key.</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <source>New patient</source>
        <translation>New patient</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>A family name or a given name is needed.</source>
        <translation>A family name or a given name is needed.</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Other names</translation>
    </message>
    <message>
        <source>Middle names, patronymic, name at birth.</source>
        <translation>Middle names, patronymic, name at birth.</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>The date is an estimate</source>
        <translation>The date is an estimate</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Identifier kind</source>
        <translation>Identifier kind</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Saving</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>This patient may already be registered</source>
        <translation>This patient may already be registered</translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>Register anyway</translation>
    </message>
    <message>
        <source>Check that none of these is the same person. Open the existing record instead if one is.</source>
        <translation>Check that none of these is the same person. Open the existing record instead if one is.</translation>
    </message>
    <message>
        <source>%1, born %2 (%3)</source>
        <translation>%1, born %2 (%3)</translation>
    </message>
    <message>
        <source>Why is this a different person?</source>
        <translation>Why is this a different person?</translation>
    </message>
    <message>
        <source>Scan ID card…</source>
        <translation>Scan ID card…</translation>
    </message>
    <message>
        <source>Scan an ID card or passport to propose the fields</source>
        <translation>Scan an ID card or passport to propose the fields</translation>
    </message>
    <message>
        <source>Scan ID card</source>
        <translation>Scan ID card</translation>
    </message>
    <message>
        <source>Scans and PDFs (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)</source>
        <translation>Scans and PDFs (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)</translation>
    </message>
    <message>
        <source>Reading the ID card</source>
        <translation>Reading the ID card</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Clear search</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language, theme and text size apply to this computer and take effect at once.</source>
        <translation>Language, theme and text size apply to this computer and take effect at once.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Lock the screen after this many minutes without input</source>
        <translation>Lock the screen after this many minutes without input</translation>
    </message>
    <message>
        <source>Applies to every user of this clinic, from 1 to 240 minutes.</source>
        <translation>Applies to every user of this clinic, from 1 to 240 minutes.</translation>
    </message>
    <message>
        <source>Auto-lock minutes</source>
        <translation>Auto-lock minutes</translation>
    </message>
    <message>
        <source>Save auto-lock</source>
        <translation>Save auto-lock</translation>
    </message>
    <message>
        <source>Auto-lock saved.</source>
        <translation>Auto-lock saved.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Enter the clinic&apos;s name.</source>
        <translation>Enter the clinic&apos;s name.</translation>
    </message>
    <message>
        <source>Set up your clinic</source>
        <translation>Set up your clinic</translation>
    </message>
    <message>
        <source>Step %1 of 3</source>
        <translation>Step %1 of 3</translation>
    </message>
    <message>
        <source>Outpost keeps the clinic&apos;s records on this computer, encrypted, in %1.</source>
        <translation>Outpost keeps the clinic&apos;s records on this computer, encrypted, in %1.</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Clinic name</translation>
    </message>
    <message>
        <source>The first user manages the clinic: other users, backups and settings.</source>
        <translation>The first user manages the clinic: other users, backups and settings.</translation>
    </message>
    <message>
        <source>Admin user name</source>
        <translation>Admin user name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>At least 10 characters; a few unrelated words work well.</source>
        <translation>At least 10 characters; a few unrelated words work well.</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>This recovery key opens the clinic&apos;s records if every password is lost. Outpost shows it only now and does not keep it. Write it down or save it, and keep it locked away from this computer.</source>
        <translation>This recovery key opens the clinic&apos;s records if every password is lost. Outpost shows it only now and does not keep it. Write it down or save it, and keep it locked away from this computer.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>Copy the recovery key</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe, then clear the clipboard.</source>
        <translation>Copied. Paste it somewhere safe, then clear the clipboard.</translation>
    </message>
    <message>
        <source>Save as text file…</source>
        <translation>Save as text file…</translation>
    </message>
    <message>
        <source>Saved to %1. Move it to a USB stick and delete it here.</source>
        <translation>Saved to %1. Move it to a USB stick and delete it here.</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation>The file could not be saved.</translation>
    </message>
    <message>
        <source>I have written it down or saved it</source>
        <translation>I have written it down or saved it</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Creating the encrypted database</source>
        <translation>Creating the encrypted database</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Create clinic</source>
        <translation>Create clinic</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Print the recovery key</translation>
    </message>
    <message>
        <source>Sent to the printer. Keep the sheet away from this computer.</source>
        <translation>Sent to the printer. Keep the sheet away from this computer.</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>outpost::CoreText</name>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation>The password is too short: use at least %1 characters.</translation>
    </message>
    <message>
        <source>This password is one of the most commonly used ones. Choose another.</source>
        <translation>This password is one of the most commonly used ones. Choose another.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>The password must not contain the user name.</translation>
    </message>
    <message>
        <source>Choose a folder for the automatic backups.</source>
        <translation>Choose a folder for the automatic backups.</translation>
    </message>
    <message>
        <source>No backup passphrase is set for automatic backups. Set one in Settings.</source>
        <translation>No backup passphrase is set for automatic backups. Set one in Settings.</translation>
    </message>
    <message>
        <source>The backup&apos;s header is damaged or not an Outpost backup.</source>
        <translation>The backup&apos;s header is damaged or not an Outpost backup.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Cancelled. Nothing was written.</translation>
    </message>
    <message>
        <source>A backup passphrase needs at least 8 characters.</source>
        <translation>A backup passphrase needs at least 8 characters.</translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation>The encryption library could not start.</translation>
    </message>
    <message>
        <source>This backup was made with the clinic&apos;s recovery key: give the recovery key, not a passphrase.</source>
        <translation>This backup was made with the clinic&apos;s recovery key: give the recovery key, not a passphrase.</translation>
    </message>
    <message>
        <source>Wrong recovery key: it does not open this backup.</source>
        <translation>Wrong recovery key: it does not open this backup.</translation>
    </message>
    <message>
        <source>Wrong backup passphrase.</source>
        <translation>Wrong backup passphrase.</translation>
    </message>
    <message>
        <source>The saved automatic-backup key is not usable; set the backup passphrase again.</source>
        <translation>The saved automatic-backup key is not usable; set the backup passphrase again.</translation>
    </message>
    <message>
        <source>This file is not an Outpost backup.</source>
        <translation>This file is not an Outpost backup.</translation>
    </message>
    <message>
        <source>The backup is incomplete: the file ends before its last part (it was cut short or the copy did not finish).</source>
        <translation>The backup is incomplete: the file ends before its last part (it was cut short or the copy did not finish).</translation>
    </message>
    <message>
        <source>The backup is damaged: part %1 failed authentication (the file was changed or the disk corrupted it).</source>
        <translation>The backup is damaged: part %1 failed authentication (the file was changed or the disk corrupted it).</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Outpost (backup format %1; this version reads format %2). Update Outpost to read it.</source>
        <translation>This backup was made by a newer version of Outpost (backup format %1; this version reads format %2). Update Outpost to read it.</translation>
    </message>
    <message>
        <source>The backup&apos;s header is damaged.</source>
        <translation>The backup&apos;s header is damaged.</translation>
    </message>
    <message>
        <source>The backup&apos;s header has not been read.</source>
        <translation>The backup&apos;s header has not been read.</translation>
    </message>
    <message>
        <source>A backup key must be 32 bytes.</source>
        <translation>A backup key must be 32 bytes.</translation>
    </message>
    <message>
        <source>The backup holds more pages than its header says.</source>
        <translation>The backup holds more pages than its header says.</translation>
    </message>
    <message>
        <source>The backup is damaged: it ends inside a page.</source>
        <translation>The backup is damaged: it ends inside a page.</translation>
    </message>
    <message>
        <source>The backup is damaged: its data is incomplete.</source>
        <translation>The backup is damaged: its data is incomplete.</translation>
    </message>
    <message>
        <source>The backup is damaged: it holds fewer pages than its header says.</source>
        <translation>The backup is damaged: it holds fewer pages than its header says.</translation>
    </message>
    <message>
        <source>The backup is damaged: there are bytes after its end.</source>
        <translation>The backup is damaged: there are bytes after its end.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>There is no file at %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: this user may not read it.</source>
        <translation>Cannot read %1: this user may not read it.</translation>
    </message>
    <message>
        <source>The backup is damaged: its keyring is unreadable.</source>
        <translation>The backup is damaged: its keyring is unreadable.</translation>
    </message>
    <message>
        <source>The backup is damaged: its keyring does not match its data key.</source>
        <translation>The backup is damaged: its keyring does not match its data key.</translation>
    </message>
    <message>
        <source>The backup is damaged: the database it holds does not open.</source>
        <translation>The backup is damaged: the database it holds does not open.</translation>
    </message>
    <message>
        <source>The backup is damaged: the database it holds fails SQLite&apos;s integrity check.</source>
        <translation>The backup is damaged: the database it holds fails SQLite&apos;s integrity check.</translation>
    </message>
    <message>
        <source>The backup is damaged: its tables do not hold the number of rows its header lists.</source>
        <translation>The backup is damaged: its tables do not hold the number of rows its header lists.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: this user may not write there.</source>
        <translation>Cannot create the folder %1: this user may not write there.</translation>
    </message>
    <message>
        <source>Cannot write to the folder %1: it is read-only or this user may not change it.</source>
        <translation>Cannot write to the folder %1: it is read-only or this user may not change it.</translation>
    </message>
    <message>
        <source>The folder %1 already holds an Outpost database; restore into an empty folder, or replace the current data after confirming.</source>
        <translation>The folder %1 already holds an Outpost database; restore into an empty folder, or replace the current data after confirming.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>There is no Outpost database in %1 to replace.</source>
        <translation>There is no Outpost database in %1 to replace.</translation>
    </message>
    <message>
        <source>There is already a file at %1; choose another name.</source>
        <translation>There is already a file at %1; choose another name.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist (is the disk connected?).</source>
        <translation>The folder %1 does not exist (is the disk connected?).</translation>
    </message>
    <message>
        <source>The backup file is not open.</source>
        <translation>The backup file is not open.</translation>
    </message>
    <message>
        <source>This backup destination cannot start again.</source>
        <translation>This backup destination cannot start again.</translation>
    </message>
    <message>
        <source>The backup could not be compressed.</source>
        <translation>The backup could not be compressed.</translation>
    </message>
    <message>
        <source>The keyring file does not belong to the open database; the backup was not made.</source>
        <translation>The keyring file does not belong to the open database; the backup was not made.</translation>
    </message>
    <message>
        <source>Cannot read the keyring file %1.</source>
        <translation>Cannot read the keyring file %1.</translation>
    </message>
    <message>
        <source>The encrypted storage could not start.</source>
        <translation>The encrypted storage could not start.</translation>
    </message>
    <message>
        <source>There is already a file at %1.</source>
        <translation>There is already a file at %1.</translation>
    </message>
    <message>
        <source>The working copy could not be opened.</source>
        <translation>The working copy could not be opened.</translation>
    </message>
    <message>
        <source>The backup could not start its database copy.</source>
        <translation>The backup could not start its database copy.</translation>
    </message>
    <message>
        <source>The backup could not copy the database: %1. Nothing was saved.</source>
        <translation>The backup could not copy the database: %1. Nothing was saved.</translation>
    </message>
    <message>
        <source>Row %1 was removed.</source>
        <translation>Row %1 was removed.</translation>
    </message>
    <message>
        <source>Row %1 does not follow row %2: the chain was rewritten.</source>
        <translation>Row %1 does not follow row %2: the chain was rewritten.</translation>
    </message>
    <message>
        <source>Row %1 was changed.</source>
        <translation>Row %1 was changed.</translation>
    </message>
    <message>
        <source>Rows %1 to %2 were removed from the end.</source>
        <translation>Rows %1 to %2 were removed from the end.</translation>
    </message>
    <message>
        <source>The newest rows do not match the recorded end of the log.</source>
        <translation>The newest rows do not match the recorded end of the log.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an admin to enable it.</source>
        <translation>This account is disabled. Ask an admin to enable it.</translation>
    </message>
    <message>
        <source>This session is not locked.</source>
        <translation>This session is not locked.</translation>
    </message>
    <message>
        <source>Only %1 can unlock this session. To work as %2, use Switch user.</source>
        <translation>Only %1 can unlock this session. To work as %2, use Switch user.</translation>
    </message>
    <message>
        <source>The screen locks after %1 to %2 minutes of inactivity.</source>
        <translation>The screen locks after %1 to %2 minutes of inactivity.</translation>
    </message>
    <message>
        <source>Say why you need this patient&apos;s clinical record, in at least %1 characters.</source>
        <translation>Say why you need this patient&apos;s clinical record, in at least %1 characters.</translation>
    </message>
    <message>
        <source>Keep the reason under %1 characters.</source>
        <translation>Keep the reason under %1 characters.</translation>
    </message>
    <message>
        <source>No patient has this id.</source>
        <translation>No patient has this id.</translation>
    </message>
    <message>
        <source>No encounter has this id.</source>
        <translation>No encounter has this id.</translation>
    </message>
    <message>
        <source>No clinical entry has this id.</source>
        <translation>No clinical entry has this id.</translation>
    </message>
    <message>
        <source>This encounter belongs to another patient.</source>
        <translation>This encounter belongs to another patient.</translation>
    </message>
    <message>
        <source>This encounter is closed; amend its entries or open a new encounter.</source>
        <translation>This encounter is closed; amend its entries or open a new encounter.</translation>
    </message>
    <message>
        <source>This encounter was entered in error.</source>
        <translation>This encounter was entered in error.</translation>
    </message>
    <message>
        <source>This encounter is already closed.</source>
        <translation>This encounter is already closed.</translation>
    </message>
    <message>
        <source>Marking an encounter as entered in error needs a reason.</source>
        <translation>Marking an encounter as entered in error needs a reason.</translation>
    </message>
    <message>
        <source>This encounter was already entered in error.</source>
        <translation>This encounter was already entered in error.</translation>
    </message>
    <message>
        <source>A note is written in an encounter; open one first.</source>
        <translation>A note is written in an encounter; open one first.</translation>
    </message>
    <message>
        <source>Vitals are recorded in an encounter; open one first.</source>
        <translation>Vitals are recorded in an encounter; open one first.</translation>
    </message>
    <message>
        <source>An amendment needs a reason.</source>
        <translation>An amendment needs a reason.</translation>
    </message>
    <message>
        <source>Marking an entry as entered in error needs a reason.</source>
        <translation>Marking an entry as entered in error needs a reason.</translation>
    </message>
    <message>
        <source>This entry was entered in error; it can&apos;t be changed.</source>
        <translation>This entry was entered in error; it can&apos;t be changed.</translation>
    </message>
    <message>
        <source>This entry has been amended since; change its newest version.</source>
        <translation>This entry has been amended since; change its newest version.</translation>
    </message>
    <message>
        <source>The amendment is the same as the entry; change something first.</source>
        <translation>The amendment is the same as the entry; change something first.</translation>
    </message>
    <message>
        <source>A %1&apos;s status must be active or %2.</source>
        <translation>A %1&apos;s status must be active or %2.</translation>
    </message>
    <message>
        <source>A note needs at least one of subjective, objective, assessment or plan.</source>
        <translation>A note needs at least one of subjective, objective, assessment or plan.</translation>
    </message>
    <message>
        <source>%1 must be a number in %2.</source>
        <translation>%1 must be a number in %2.</translation>
    </message>
    <message>
        <source>%1 must be given in %2.</source>
        <translation>%1 must be given in %2.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4; %5 is not plausible.</source>
        <translation>%1 must be between %2 and %3 %4; %5 is not plausible.</translation>
    </message>
    <message>
        <source>Vitals need at least one measurement.</source>
        <translation>Vitals need at least one measurement.</translation>
    </message>
    <message>
        <source>Blood pressure needs both the systolic and the diastolic value.</source>
        <translation>Blood pressure needs both the systolic and the diastolic value.</translation>
    </message>
    <message>
        <source>Systolic pressure must be higher than diastolic pressure.</source>
        <translation>Systolic pressure must be higher than diastolic pressure.</translation>
    </message>
    <message>
        <source>An allergy needs the substance the patient reacts to.</source>
        <translation>An allergy needs the substance the patient reacts to.</translation>
    </message>
    <message>
        <source>An allergy&apos;s severity must be mild, moderate, severe or life-threatening.</source>
        <translation>An allergy&apos;s severity must be mild, moderate, severe or life-threatening.</translation>
    </message>
    <message>
        <source>A problem needs a name.</source>
        <translation>A problem needs a name.</translation>
    </message>
    <message>
        <source>A medication needs a name.</source>
        <translation>A medication needs a name.</translation>
    </message>
    <message>
        <source>This entry is too long; split it into several entries.</source>
        <translation>This entry is too long; split it into several entries.</translation>
    </message>
    <message>
        <source>Unknown kind of clinical entry.</source>
        <translation>Unknown kind of clinical entry.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>A document page&apos;s word boxes cannot be read.</source>
        <translation>A document page&apos;s word boxes cannot be read.</translation>
    </message>
    <message>
        <source>No document has this id.</source>
        <translation>No document has this id.</translation>
    </message>
    <message>
        <source>Page %1 has no image, or one too large to store.</source>
        <translation>Page %1 has no image, or one too large to store.</translation>
    </message>
    <message>
        <source>Page %1&apos;s image is not a %2 image.</source>
        <translation>Page %1&apos;s image is not a %2 image.</translation>
    </message>
    <message>
        <source>Page %1 has no size.</source>
        <translation>Page %1 has no size.</translation>
    </message>
    <message>
        <source>Page %1 holds more text than a page can.</source>
        <translation>Page %1 holds more text than a page can.</translation>
    </message>
    <message>
        <source>A document needs at least one page.</source>
        <translation>A document needs at least one page.</translation>
    </message>
    <message>
        <source>A document may have at most %1 pages.</source>
        <translation>A document may have at most %1 pages.</translation>
    </message>
    <message>
        <source>The document&apos;s title is too long (at most 255 characters).</source>
        <translation>The document&apos;s title is too long (at most 255 characters).</translation>
    </message>
    <message>
        <source>This document has no page %1.</source>
        <translation>This document has no page %1.</translation>
    </message>
    <message>
        <source>The search is too long (at most 200 characters).</source>
        <translation>The search is too long (at most 200 characters).</translation>
    </message>
    <message>
        <source>A draft needs a patient.</source>
        <translation>A draft needs a patient.</translation>
    </message>
    <message>
        <source>The identifier kind “%1” is listed twice.</source>
        <translation>The identifier kind “%1” is listed twice.</translation>
    </message>
    <message>
        <source>A clinic records at least one kind of identifier.</source>
        <translation>A clinic records at least one kind of identifier.</translation>
    </message>
    <message>
        <source>A clinic records at most %1 kinds of identifier.</source>
        <translation>A clinic records at most %1 kinds of identifier.</translation>
    </message>
    <message>
        <source>This clinic does not record identifiers of kind “%1”. It records: %2.</source>
        <translation>This clinic does not record identifiers of kind “%1”. It records: %2.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in 1 second.</source>
        <translation>Too many failed attempts. Try again in 1 second.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in %1 seconds.</source>
        <translation>Too many failed attempts. Try again in %1 seconds.</translation>
    </message>
    <message>
        <source>Records moved by the merge have changed since; the merge can&apos;t be undone.</source>
        <translation>Records moved by the merge have changed since; the merge can&apos;t be undone.</translation>
    </message>
    <message>
        <source>Entries written since the merge (%1) belong with records that came from the merged patient; the merge can&apos;t be undone.</source>
        <translation>Entries written since the merge (%1) belong with records that came from the merged patient; the merge can&apos;t be undone.</translation>
    </message>
    <message>
        <source>A merge needs a reason.</source>
        <translation>A merge needs a reason.</translation>
    </message>
    <message>
        <source>A record can&apos;t be merged into itself.</source>
        <translation>A record can&apos;t be merged into itself.</translation>
    </message>
    <message>
        <source>The record to keep does not exist.</source>
        <translation>The record to keep does not exist.</translation>
    </message>
    <message>
        <source>The record to keep was itself merged into another record.</source>
        <translation>The record to keep was itself merged into another record.</translation>
    </message>
    <message>
        <source>The duplicate record does not exist.</source>
        <translation>The duplicate record does not exist.</translation>
    </message>
    <message>
        <source>This duplicate has already been merged into another record.</source>
        <translation>This duplicate has already been merged into another record.</translation>
    </message>
    <message>
        <source>Undoing a merge needs a reason.</source>
        <translation>Undoing a merge needs a reason.</translation>
    </message>
    <message>
        <source>No merge has this id.</source>
        <translation>No merge has this id.</translation>
    </message>
    <message>
        <source>This merge has already been undone.</source>
        <translation>This merge has already been undone.</translation>
    </message>
    <message>
        <source>The surviving record has since been merged into another record; undo that merge first.</source>
        <translation>The surviving record has since been merged into another record; undo that merge first.</translation>
    </message>
    <message>
        <source>The merged record no longer points at the survivor; the merge can&apos;t be undone.</source>
        <translation>The merged record no longer points at the survivor; the merge can&apos;t be undone.</translation>
    </message>
    <message>
        <source>No patient with that id.</source>
        <translation>No patient with that id.</translation>
    </message>
    <message>
        <source>This patient may already be registered (%1 similar record(s)). Open the existing record, or give a reason why this is a different person.</source>
        <translation>This patient may already be registered (%1 similar record(s)). Open the existing record, or give a reason why this is a different person.</translation>
    </message>
    <message>
        <source>This record was merged into another record; use the surviving record.</source>
        <translation>This record was merged into another record; use the surviving record.</translation>
    </message>
    <message>
        <source>No user has this id.</source>
        <translation>No user has this id.</translation>
    </message>
    <message>
        <source>Appointments are booked with a clinician; this user is not one.</source>
        <translation>Appointments are booked with a clinician; this user is not one.</translation>
    </message>
    <message>
        <source>This clinician&apos;s account is disabled.</source>
        <translation>This clinician&apos;s account is disabled.</translation>
    </message>
    <message>
        <source>This patient is already on today&apos;s list; check in that appointment.</source>
        <translation>This patient is already on today&apos;s list; check in that appointment.</translation>
    </message>
    <message>
        <source>Choose the day of the appointment.</source>
        <translation>Choose the day of the appointment.</translation>
    </message>
    <message>
        <source>Appointments can&apos;t be booked on a day that has passed.</source>
        <translation>Appointments can&apos;t be booked on a day that has passed.</translation>
    </message>
    <message>
        <source>The appointment time is not a valid time of day.</source>
        <translation>The appointment time is not a valid time of day.</translation>
    </message>
    <message>
        <source>No appointment has this id.</source>
        <translation>No appointment has this id.</translation>
    </message>
    <message>
        <source>An appointment that is %1 can&apos;t be changed to %2.</source>
        <translation>An appointment that is %1 can&apos;t be changed to %2.</translation>
    </message>
    <message>
        <source>Permission denied: the %1 role may not %2.</source>
        <translation>Permission denied: the %1 role may not %2.</translation>
    </message>
    <message>
        <source>Your account was changed since you logged in. Log in again.</source>
        <translation>Your account was changed since you logged in. Log in again.</translation>
    </message>
    <message>
        <source>A user name has %1 to %2 letters, digits, dots, underscores or dashes, and starts with a letter or digit.</source>
        <translation>A user name has %1 to %2 letters, digits, dots, underscores or dashes, and starts with a letter or digit.</translation>
    </message>
    <message>
        <source>A display name has 1 to %1 characters.</source>
        <translation>A display name has 1 to %1 characters.</translation>
    </message>
    <message>
        <source>A display name cannot hold control characters.</source>
        <translation>A display name cannot hold control characters.</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>There is no user named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is the last active admin. Make another user an admin first, so someone can still manage users.</source>
        <translation>%1 is the last active admin. Make another user an admin first, so someone can still manage users.</translation>
    </message>
    <message>
        <source>This clinic already has users. An admin adds new ones.</source>
        <translation>This clinic already has users. An admin adds new ones.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is taken (by &quot;%2&quot;). Choose another.</source>
        <translation>The user name &quot;%1&quot; is taken (by &quot;%2&quot;). Choose another.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>%1 is already disabled.</source>
        <translation>%1 is already disabled.</translation>
    </message>
    <message>
        <source>%1 is not disabled.</source>
        <translation>%1 is not disabled.</translation>
    </message>
    <message>
        <source>%1 already has the %2 role.</source>
        <translation>%1 already has the %2 role.</translation>
    </message>
    <message>
        <source>%1 is disabled. Enable the account with a new password instead.</source>
        <translation>%1 is disabled. Enable the account with a new password instead.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>The current password is not correct.</translation>
    </message>
    <message>
        <source>The configuration file %1 cannot be read.</source>
        <translation>The configuration file %1 cannot be read.</translation>
    </message>
    <message>
        <source>%1, line %2: expected &quot;setting = value&quot;.</source>
        <translation>%1, line %2: expected &quot;setting = value&quot;.</translation>
    </message>
    <message>
        <source>%1, line %2 holds &quot;%3&quot;: passwords and keys never belong in a configuration file. Remove it.</source>
        <translation>%1, line %2 holds &quot;%3&quot;: passwords and keys never belong in a configuration file. Remove it.</translation>
    </message>
    <message>
        <source>%1, line %2: unknown setting &quot;%3&quot; ignored.</source>
        <translation>%1, line %2: unknown setting &quot;%3&quot; ignored.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Unknown setting &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The key derivation parameters are not usable.</source>
        <translation>The key derivation parameters are not usable.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (Argon2id needs %1 MiB).</source>
        <translation>Not enough memory to derive the key (Argon2id needs %1 MiB).</translation>
    </message>
    <message>
        <source>Restore it from a backup, or use the recovery key to make a new one (outpostctl unlock-with-recovery-key).</source>
        <translation>Restore it from a backup, or use the recovery key to make a new one (outpostctl unlock-with-recovery-key).</translation>
    </message>
    <message>
        <source>A user name cannot be empty.</source>
        <translation>A user name cannot be empty.</translation>
    </message>
    <message>
        <source>A password cannot be empty.</source>
        <translation>A password cannot be empty.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>The cryptography library could not start.</translation>
    </message>
    <message>
        <source>The Argon2id parameters are below libsodium&apos;s interactive minimum or absurdly high.</source>
        <translation>The Argon2id parameters are below libsodium&apos;s interactive minimum or absurdly high.</translation>
    </message>
    <message>
        <source>Wrong recovery key: it does not unlock this keyring.</source>
        <translation>Wrong recovery key: it does not unlock this keyring.</translation>
    </message>
    <message>
        <source>That data key does not belong to this keyring.</source>
        <translation>That data key does not belong to this keyring.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; already has a key slot.</source>
        <translation>The user &quot;%1&quot; already has a key slot.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; has no key slot.</source>
        <translation>The user &quot;%1&quot; has no key slot.</translation>
    </message>
    <message>
        <source>The recovery key cannot contain &quot;%1&quot;: it has only the digits and the letters A to Z without I, L, O and U.</source>
        <translation>The recovery key cannot contain &quot;%1&quot;: it has only the digits and the letters A to Z without I, L, O and U.</translation>
    </message>
    <message>
        <source>A recovery key has %1 letters and digits in %2 groups; this one has %3. Check it against the printed copy.</source>
        <translation>A recovery key has %1 letters and digits in %2 groups; this one has %3. Check it against the printed copy.</translation>
    </message>
    <message>
        <source>The recovery key has a typo: compare each group with the printed copy.</source>
        <translation>The recovery key has a typo: compare each group with the printed copy.</translation>
    </message>
    <message>
        <source>The number of demo patients must be 0 to 2,000,000.</source>
        <translation>The number of demo patients must be 0 to 2,000,000.</translation>
    </message>
    <message>
        <source>Demo data creation was cancelled.</source>
        <translation>Demo data creation was cancelled.</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Use at most %1 characters.</translation>
    </message>
    <message>
        <source>Remove the invisible control characters.</source>
        <translation>Remove the invisible control characters.</translation>
    </message>
    <message>
        <source>Enter a family name or a given name.</source>
        <translation>Enter a family name or a given name.</translation>
    </message>
    <message>
        <source>Enter the date of birth, or an estimate marked as approximate.</source>
        <translation>Enter the date of birth, or an estimate marked as approximate.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>The date of birth is in the future.</translation>
    </message>
    <message>
        <source>The date of birth is more than 130 years ago.</source>
        <translation>The date of birth is more than 130 years ago.</translation>
    </message>
    <message>
        <source>A phone number has 6 to 15 digits.</source>
        <translation>A phone number has 6 to 15 digits.</translation>
    </message>
    <message>
        <source>Each identifier needs a kind and a value.</source>
        <translation>Each identifier needs a kind and a value.</translation>
    </message>
    <message>
        <source>An identifier has at most 64 characters.</source>
        <translation>An identifier has at most 64 characters.</translation>
    </message>
    <message>
        <source>Each contact needs a name.</source>
        <translation>Each contact needs a name.</translation>
    </message>
    <message>
        <source>Unknown log level &quot;%1&quot;: use trace, debug, info, warn, error or off.</source>
        <translation>Unknown log level &quot;%1&quot;: use trace, debug, info, warn, error or off.</translation>
    </message>
    <message>
        <source>The log folder %1 cannot be created.</source>
        <translation>The log folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The search text is too long: use at most %1 characters.</source>
        <translation>The search text is too long: use at most %1 characters.</translation>
    </message>
    <message>
        <source>A value of type %1 cannot be stored.</source>
        <translation>A value of type %1 cannot be stored.</translation>
    </message>
    <message>
        <source>The statement takes %1 values, not %2.</source>
        <translation>The statement takes %1 values, not %2.</translation>
    </message>
    <message>
        <source>Exactly one SQL statement is expected here.</source>
        <translation>Exactly one SQL statement is expected here.</translation>
    </message>
    <message>
        <source>There is no Outpost database in %1. Create one with outpostctl init.</source>
        <translation>There is no Outpost database in %1. Create one with outpostctl init.</translation>
    </message>
    <message>
        <source>The keyring file %1 does not belong to the database %2 (it is for key generation %3; the database is at generation %4). Restore both from the same backup, or use the recovery key.</source>
        <translation>The keyring file %1 does not belong to the database %2 (it is for key generation %3; the database is at generation %4). Restore both from the same backup, or use the recovery key.</translation>
    </message>
    <message>
        <source>The keyring file %1 does not belong to the database %2. Restore both from the same backup, or use the recovery key.</source>
        <translation>The keyring file %1 does not belong to the database %2. Restore both from the same backup, or use the recovery key.</translation>
    </message>
    <message>
        <source>The data folder %1 already holds an Outpost database or keyring; init does not overwrite it. Choose another folder.</source>
        <translation>The data folder %1 already holds an Outpost database or keyring; init does not overwrite it. Choose another folder.</translation>
    </message>
    <message>
        <source>The clinic name cannot be empty.</source>
        <translation>The clinic name cannot be empty.</translation>
    </message>
    <message>
        <source>Cannot write to the data folder %1: it is read-only or this user may not change it.</source>
        <translation>Cannot write to the data folder %1: it is read-only or this user may not change it.</translation>
    </message>
    <message>
        <source>There is no Outpost database in %1.</source>
        <translation>There is no Outpost database in %1.</translation>
    </message>
    <message>
        <source>Wrong recovery key: it does not open this database.</source>
        <translation>Wrong recovery key: it does not open this database.</translation>
    </message>
    <message>
        <source>Cannot remove the last user: nobody could unlock the database without the recovery key.</source>
        <translation>Cannot remove the last user: nobody could unlock the database without the recovery key.</translation>
    </message>
    <message>
        <source>The database is closed.</source>
        <translation>The database is closed.</translation>
    </message>
    <message>
        <source>Outpost may not write in the folder %1 (permission denied). Choose a folder you can write to, or ask an administrator.</source>
        <translation>Outpost may not write in the folder %1 (permission denied). Choose a folder you can write to, or ask an administrator.</translation>
    </message>
    <message>
        <source>The transaction has already ended.</source>
        <translation>The transaction has already ended.</translation>
    </message>
    <message>
        <source>A database needs at least one reader connection.</source>
        <translation>A database needs at least one reader connection.</translation>
    </message>
    <message>
        <source>Outpost may not open %1 (permission denied).</source>
        <translation>Outpost may not open %1 (permission denied).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <source>The database %1 is empty. Restore from a backup.</source>
        <translation>The database %1 is empty. Restore from a backup.</translation>
    </message>
    <message>
        <source>Outpost may not write to %1 (permission denied).</source>
        <translation>Outpost may not write to %1 (permission denied).</translation>
    </message>
    <message>
        <source>The database could not switch to write-ahead logging.</source>
        <translation>The database could not switch to write-ahead logging.</translation>
    </message>
    <message>
        <source>The file is not an Outpost database. Restore from a backup.</source>
        <translation>The file is not an Outpost database. Restore from a backup.</translation>
    </message>
    <message>
        <source>The database is damaged (its integrity check failed). Restore from a backup.</source>
        <translation>The database is damaged (its integrity check failed). Restore from a backup.</translation>
    </message>
    <message>
        <source>%1 is not an Outpost database or is damaged.</source>
        <translation>%1 is not an Outpost database or is damaged.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: the folder is read-only or this user may not change it.</source>
        <translation>Cannot %1 %2: the folder is read-only or this user may not change it.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: the disk is full. Free some space and try again.</source>
        <translation>Cannot %1 %2: the disk is full. Free some space and try again.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: %3.</source>
        <translation>Cannot %1 %2: %3.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>Cannot flush %1: %2.</source>
        <translation>Cannot flush %1: %2.</translation>
    </message>
    <message>
        <source>The database is not open through the encrypted VFS.</source>
        <translation>The database is not open through the encrypted VFS.</translation>
    </message>
    <message>
        <source>A database key must be 32 bytes.</source>
        <translation>A database key must be 32 bytes.</translation>
    </message>
    <message>
        <source>The database %1 is already open with another key.</source>
        <translation>The database %1 is already open with another key.</translation>
    </message>
    <message>
        <source>Migration %1 is out of order: steps must be numbered 1, 2, 3… in order.</source>
        <translation>Migration %1 is out of order: steps must be numbered 1, 2, 3… in order.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Outpost (schema %1; this version knows up to %2). Update Outpost to open it.</source>
        <translation>This database was made by a newer version of Outpost (schema %1; this version knows up to %2). Update Outpost to open it.</translation>
    </message>
    <message>
        <source>The database is damaged (page %1 failed authentication). Restore from a backup.</source>
        <translation>The database is damaged (page %1 failed authentication). Restore from a backup.</translation>
    </message>
    <message>
        <source>The disk is full. The last change was not saved; everything saved before it is safe. Free some space and try again.</source>
        <translation>The disk is full. The last change was not saved; everything saved before it is safe. Free some space and try again.</translation>
    </message>
    <message>
        <source>The database is damaged or is not an Outpost database. Restore from a backup.</source>
        <translation>The database is damaged or is not an Outpost database. Restore from a backup.</translation>
    </message>
    <message>
        <source>Outpost may not write to the database or its folder (permission denied).</source>
        <translation>Outpost may not write to the database or its folder (permission denied).</translation>
    </message>
    <message>
        <source>The database file could not be opened.</source>
        <translation>The database file could not be opened.</translation>
    </message>
    <message>
        <source>The database is busy. Try again in a moment.</source>
        <translation>The database is busy. Try again in a moment.</translation>
    </message>
    <message>
        <source>The database operation was cancelled.</source>
        <translation>The database operation was cancelled.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database: %1.</source>
        <translation>The change breaks a rule of the database: %1.</translation>
    </message>
    <message>
        <source>The disk reported an error while Outpost tried to %1.</source>
        <translation>The disk reported an error while Outpost tried to %1.</translation>
    </message>
    <message>
        <source>The database could not %1: %2.</source>
        <translation>The database could not %1: %2.</translation>
    </message>
    <message>
        <source>Tesseract&apos;s %1 model is missing%2. Install the Debian package %3 (apt install %3).</source>
        <translation>Tesseract&apos;s %1 model is missing%2. Install the Debian package %3 (apt install %3).</translation>
    </message>
    <message>
        <source>Reading the document was cancelled.</source>
        <translation>Reading the document was cancelled.</translation>
    </message>
    <message>
        <source>Reading page %1 took longer than %2 s and was stopped.</source>
        <translation>Reading page %1 took longer than %2 s and was stopped.</translation>
    </message>
    <message>
        <source>Tesseract could not read page %1.</source>
        <translation>Tesseract could not read page %1.</translation>
    </message>
    <message>
        <source>The page has no image to read.</source>
        <translation>The page has no image to read.</translation>
    </message>
    <message>
        <source>The page is too large to read.</source>
        <translation>The page is too large to read.</translation>
    </message>
    <message>
        <source>Not enough memory to read the page.</source>
        <translation>Not enough memory to read the page.</translation>
    </message>
    <message>
        <source>This file is neither a supported image (PNG, JPEG, TIFF, BMP, WebP) nor a PDF.</source>
        <translation>This file is neither a supported image (PNG, JPEG, TIFF, BMP, WebP) nor a PDF.</translation>
    </message>
    <message>
        <source>The JPEG image is truncated.</source>
        <translation>The JPEG image is truncated.</translation>
    </message>
    <message>
        <source>The image has %1 pages; at most %2 can be read.</source>
        <translation>The image has %1 pages; at most %2 can be read.</translation>
    </message>
    <message>
        <source>Page %1 of the image is empty (0 pixels).</source>
        <translation>Page %1 of the image is empty (0 pixels).</translation>
    </message>
    <message>
        <source>Page %1 of the image is %2×%3 pixels; at most %4 megapixels can be read.</source>
        <translation>Page %1 of the image is %2×%3 pixels; at most %4 megapixels can be read.</translation>
    </message>
    <message>
        <source>Page %1 of the image cannot be decoded: the file is truncated or damaged.</source>
        <translation>Page %1 of the image cannot be decoded: the file is truncated or damaged.</translation>
    </message>
    <message>
        <source>Page %1 of the image is too large.</source>
        <translation>Page %1 of the image is too large.</translation>
    </message>
    <message>
        <source>The PDF is truncated.</source>
        <translation>The PDF is truncated.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password; save an unprotected copy and import that.</source>
        <translation>The PDF is protected by a password; save an unprotected copy and import that.</translation>
    </message>
    <message>
        <source>The PDF cannot be read: it is truncated or damaged.</source>
        <translation>The PDF cannot be read: it is truncated or damaged.</translation>
    </message>
    <message>
        <source>The PDF cannot be read: it has no pages.</source>
        <translation>The PDF cannot be read: it has no pages.</translation>
    </message>
    <message>
        <source>The PDF has %1 pages; at most %2 can be read.</source>
        <translation>The PDF has %1 pages; at most %2 can be read.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF is empty.</source>
        <translation>Page %1 of the PDF is empty.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF is too large to render.</source>
        <translation>Page %1 of the PDF is too large to render.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF cannot be rendered.</source>
        <translation>Page %1 of the PDF cannot be rendered.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>The file &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be opened.</source>
        <translation>The file &quot;%1&quot; cannot be opened.</translation>
    </message>
    <message>
        <source>The file is %1 MB; at most %2 MB can be read.</source>
        <translation>The file is %1 MB; at most %2 MB can be read.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The PDF cannot be read: it has no PDF header.</source>
        <translation>The PDF cannot be read: it has no PDF header.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::AuditModel</name>
    <message>
        <source>Enter a patient id for the report.</source>
        <translation>Enter a patient id for the report.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::BackupController</name>
    <message>
        <source>Cancelled. No backup file was left behind.</source>
        <translation>Cancelled. No backup file was left behind.</translation>
    </message>
    <message>
        <source>The disk is full. The unfinished backup was removed; free some space or choose another disk.</source>
        <translation>The disk is full. The unfinished backup was removed; free some space or choose another disk.</translation>
    </message>
    <message>
        <source>Wrong backup passphrase.</source>
        <translation>Wrong backup passphrase.</translation>
    </message>
    <message>
        <source>The backup is damaged or incomplete and cannot be used. Try another backup.</source>
        <translation>The backup is damaged or incomplete and cannot be used. Try another backup.</translation>
    </message>
    <message>
        <source>Outpost may not do this here: only admins manage backups, and the folder must be writable.</source>
        <translation>Outpost may not do this here: only admins manage backups, and the folder must be writable.</translation>
    </message>
    <message>
        <source>The file or folder was not found. Is the disk connected?</source>
        <translation>The file or folder was not found. Is the disk connected?</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Choose a passphrase of at least 8 characters.</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>Choose where to save the backup.</translation>
    </message>
    <message>
        <source>Backup saved to %1 (%2 MB). Keep the passphrase apart from the disk.</source>
        <translation>Backup saved to %1 (%2 MB). Keep the passphrase apart from the disk.</translation>
    </message>
    <message>
        <source>Choose the backup file to check.</source>
        <translation>Choose the backup file to check.</translation>
    </message>
    <message>
        <source>The backup is intact: made %1, %2 patients.</source>
        <translation>The backup is intact: made %1, %2 patients.</translation>
    </message>
    <message>
        <source>Choose the backup file and an empty folder to restore into.</source>
        <translation>Choose the backup file and an empty folder to restore into.</translation>
    </message>
    <message>
        <source>Restored %1 patients into %2. Start Outpost with that data folder to use it.</source>
        <translation>Restored %1 patients into %2. Start Outpost with that data folder to use it.</translation>
    </message>
    <message>
        <source>Set a passphrase for the automatic backups.</source>
        <translation>Set a passphrase for the automatic backups.</translation>
    </message>
    <message>
        <source>Automatic backup settings saved.</source>
        <translation>Automatic backup settings saved.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>The automatic backup failed: %1</translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation>Choose the backup file to restore.</translation>
    </message>
    <message>
        <source>Restored %1 patients. This clinic now holds the data of the backup: sign in again.</source>
        <translation>Restored %1 patients. This clinic now holds the data of the backup: sign in again.</translation>
    </message>
    <message>
        <source>The data that was here before is unchanged. Sign in again.</source>
        <translation>The data that was here before is unchanged. Sign in again.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ChartController</name>
    <message>
        <source>Age unknown</source>
        <translation>Age unknown</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s)</source>
        <translation>
            <numerusform>about %n year</numerusform>
            <numerusform>about %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Severe allergy: %1</source>
        <translation>Severe allergy: %1</translation>
    </message>
    <message>
        <source>This record was merged into another one.</source>
        <translation>This record was merged into another one.</translation>
    </message>
    <message>
        <source>The entry was marked as entered in error.</source>
        <translation>The entry was marked as entered in error.</translation>
    </message>
    <message>
        <source>Emergency access granted for 30 minutes. It is recorded in the audit log.</source>
        <translation>Emergency access granted for 30 minutes. It is recorded in the audit log.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ClinicController</name>
    <message>
        <source>Outpost is locked.</source>
        <translation>Outpost is locked.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Enter the clinic&apos;s name.</source>
        <translation>Enter the clinic&apos;s name.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Outpost recovery key for %1</source>
        <translation>Outpost recovery key for %1</translation>
    </message>
    <message>
        <source>Outpost recovery key</source>
        <translation>Outpost recovery key</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <source>Clinic number</source>
        <translation>Clinic number</translation>
    </message>
    <message>
        <source>Insurance number</source>
        <translation>Insurance number</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>A backup is still using this clinic&apos;s data. Try again when it has finished.</source>
        <translation>A backup is still using this clinic&apos;s data. Try again when it has finished.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::DocumentController</name>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <source>Reading page %1 of %2…</source>
        <translation>Reading page %1 of %2…</translation>
    </message>
    <message>
        <source>Choose a patient and a document kind first.</source>
        <translation>Choose a patient and a document kind first.</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>Reading the document…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Reading the ID card…</source>
        <translation>Reading the ID card…</translation>
    </message>
</context>
<context>
    <name>outpost::ui::DocumentModel</name>
    <message>
        <source>ID card</source>
        <translation>ID card</translation>
    </message>
    <message>
        <source>Insurance card</source>
        <translation>Insurance card</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>Referral letter</translation>
    </message>
    <message>
        <source>Lab report</source>
        <translation>Lab report</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Other document</translation>
    </message>
</context>
<context>
    <name>outpost::ui::NoteEditorController</name>
    <message>
        <source>Draft restored from %1.</source>
        <translation>Draft restored from %1.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>The draft could not be saved: %1</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>Draft saved at %1.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::QueueModel</name>
    <message>
        <source>Checked in.</source>
        <translation>Checked in.</translation>
    </message>
    <message>
        <source>Sent to the clinician.</source>
        <translation>Sent to the clinician.</translation>
    </message>
    <message>
        <source>Visit marked done.</source>
        <translation>Visit marked done.</translation>
    </message>
    <message>
        <source>Marked as no-show.</source>
        <translation>Marked as no-show.</translation>
    </message>
    <message>
        <source>Appointment cancelled.</source>
        <translation>Appointment cancelled.</translation>
    </message>
    <message>
        <source>Added to today&apos;s queue.</source>
        <translation>Added to today&apos;s queue.</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>With clinician</source>
        <translation>With clinician</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>outpost::ui::UsersModel</name>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Clinician</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Choose a role.</translation>
    </message>
    <message>
        <source>User %1 was created.</source>
        <translation>User %1 was created.</translation>
    </message>
    <message>
        <source>User %1 was disabled.</source>
        <translation>User %1 was disabled.</translation>
    </message>
    <message>
        <source>User %1 was enabled with the new password.</source>
        <translation>User %1 was enabled with the new password.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 is now: %2.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>The password of %1 was reset.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::Vitals</name>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Pulse</translation>
    </message>
    <message>
        <source>Systolic pressure</source>
        <translation>Systolic pressure</translation>
    </message>
    <message>
        <source>Diastolic pressure</source>
        <translation>Diastolic pressure</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>Respiratory rate</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
</context>
</TS>
