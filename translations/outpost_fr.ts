<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Outpost</source>
        <translation>À propos d&apos;Outpost</translation>
    </message>
    <message>
        <source>Outpost %1</source>
        <translation>Outpost %1</translation>
    </message>
    <message>
        <source>Local-first, encrypted clinic records.</source>
        <translation>Dossiers de la clinique chiffrés, stockés en local.</translation>
    </message>
    <message>
        <source>Built with Qt %1</source>
        <translation>Conçu avec Qt %1</translation>
    </message>
</context>
<context>
    <name>AdminUsersPage</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Créer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rôle de %1</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>Activer %1</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Réinitialiser le mot de passe de %1</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Exact, or a prefix such as patient.</source>
        <translation>Valeur exacte, ou préfixe comme patient.</translation>
    </message>
    <message>
        <source>Patient id</source>
        <translation>Identifiant du patient</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Every access to this patient</source>
        <translation>Tous les accès à ce patient</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Événements d&apos;audit</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Show older events</source>
        <translation>Afficher les événements plus anciens</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Export backup</source>
        <translation>Exporter une sauvegarde</translation>
    </message>
    <message>
        <source>Verify backup</source>
        <translation>Vérifier une sauvegarde</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>The whole clinic is written to one encrypted file. Without the passphrase nobody can read it, and nobody can restore it: keep the passphrase apart from the disk.</source>
        <translation>Toute la clinique est écrite dans un seul fichier chiffré. Sans la phrase secrète, personne ne peut le lire ni le restaurer : gardez la phrase secrète à part du disque.</translation>
    </message>
    <message>
        <source>Checks the whole file without restoring anything.</source>
        <translation>Vérifie tout le fichier sans rien restaurer.</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Enregistrer la sauvegarde sous</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Choisir le fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Empty folder for the restored data</source>
        <translation>Dossier vide pour les données restaurées</translation>
    </message>
    <message>
        <source>Choose the folder to restore into</source>
        <translation>Choisir le dossier de restauration</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase secrète à nouveau</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Outpost backups (*.outpostbackup)</source>
        <translation>Sauvegardes Outpost (*.outpostbackup)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Exporting the backup…</source>
        <translation>Exportation de la sauvegarde…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>Outpost goes on working; other screens wait until this is done.</source>
        <translation>Outpost continue de fonctionner ; les autres écrans attendent la fin de l&apos;opération.</translation>
    </message>
    <message>
        <source>Restores into an empty folder as a new data folder, or replaces this clinic&apos;s data. The clinic&apos;s users sign in with the passwords they had when the backup was made.</source>
        <translation>Restaure dans un dossier vide comme nouveau dossier de données, ou remplace les données de cette clinique. Les utilisateurs de la clinique se connectent avec les mots de passe qu’ils avaient au moment de la sauvegarde.</translation>
    </message>
    <message>
        <source>Into a new, empty folder</source>
        <translation>Dans un nouveau dossier vide</translation>
    </message>
    <message>
        <source>Replace this clinic&apos;s data</source>
        <translation>Remplacer les données de cette clinique</translation>
    </message>
    <message>
        <source>Replace this clinic&apos;s data?</source>
        <translation>Remplacer les données de cette clinique ?</translation>
    </message>
    <message>
        <source>Replace the data</source>
        <translation>Remplacer les données</translation>
    </message>
    <message>
        <source>Everything recorded in %1 since this backup was made will be lost: patients registered, notes, check-ins, documents and user changes. Everyone is signed out. The current data is kept until the restored copy has been checked, and put back if the restore fails.</source>
        <translation>Tout ce qui a été enregistré dans %1 depuis cette sauvegarde sera perdu : patients inscrits, notes, arrivées, documents et modifications des utilisateurs. Tout le monde est déconnecté. Les données actuelles sont conservées jusqu’à la vérification de la copie restaurée, et remises en place si la restauration échoue.</translation>
    </message>
    <message>
        <source>The backup is a snapshot of this moment. Cancel leaves no file behind.</source>
        <translation>La sauvegarde est un instantané de ce moment. Annuler ne laisse aucun fichier.</translation>
    </message>
    <message>
        <source>Every part of the file is checked; this clinic&apos;s data is not touched.</source>
        <translation>Chaque partie du fichier est vérifiée ; les données de cette clinique ne sont pas modifiées.</translation>
    </message>
    <message>
        <source>The backup goes into the folder you chose; this clinic&apos;s data is not touched.</source>
        <translation>La sauvegarde est restaurée dans le dossier choisi ; les données de cette clinique ne sont pas modifiées.</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Annuler l&apos;export</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>Annuler la vérification</translation>
    </message>
    <message>
        <source>Cancel restore</source>
        <translation>Annuler la restauration</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Automatic backups</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Last good backup: %1.</source>
        <translation>Dernière sauvegarde réussie : %1.</translation>
    </message>
    <message>
        <source>No automatic backup has been made yet.</source>
        <translation>Aucune sauvegarde automatique n&apos;a encore été faite.</translation>
    </message>
    <message>
        <source>Warning: there has been no good backup for more than %1 days. Check the backup disk.</source>
        <translation>Attention : aucune sauvegarde réussie depuis plus de %1 jours. Vérifiez le disque de sauvegarde.</translation>
    </message>
    <message>
        <source>The last attempt failed: %1</source>
        <translation>La dernière tentative a échoué : %1</translation>
    </message>
    <message>
        <source>Back up every day</source>
        <translation>Sauvegarder chaque jour</translation>
    </message>
    <message>
        <source>Backup folder (a USB disk or network share)</source>
        <translation>Dossier de sauvegarde (disque USB ou partage réseau)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Time of day (hour, minute)</source>
        <translation>Heure de la journée (heure, minute)</translation>
    </message>
    <message>
        <source>Backup hour</source>
        <translation>Heure de la sauvegarde</translation>
    </message>
    <message>
        <source>Backup minute</source>
        <translation>Minute de la sauvegarde</translation>
    </message>
    <message>
        <source>Keep daily backups</source>
        <translation>Sauvegardes quotidiennes conservées</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Nombre de sauvegardes quotidiennes conservées</translation>
    </message>
    <message>
        <source>Keep weekly backups</source>
        <translation>Sauvegardes hebdomadaires conservées</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Nombre de sauvegardes hebdomadaires conservées</translation>
    </message>
    <message>
        <source>Keep monthly backups</source>
        <translation>Sauvegardes mensuelles conservées</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>Nombre de sauvegardes mensuelles conservées</translation>
    </message>
    <message>
        <source>Warn after this many days without a good backup</source>
        <translation>Avertir après ce nombre de jours sans sauvegarde réussie</translation>
    </message>
    <message>
        <source>Days before the warning</source>
        <translation>Jours avant l&apos;avertissement</translation>
    </message>
    <message>
        <source>New passphrase for automatic backups (leave empty to keep it)</source>
        <translation>Nouvelle phrase secrète des sauvegardes automatiques (laisser vide pour la garder)</translation>
    </message>
    <message>
        <source>Passphrase for automatic backups</source>
        <translation>Phrase secrète des sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase secrète à nouveau</translation>
    </message>
    <message>
        <source>Save backup settings</source>
        <translation>Enregistrer les réglages de sauvegarde</translation>
    </message>
</context>
<context>
    <name>ComponentGallery</name>
    <message>
        <source>Patient record saved.</source>
        <translation>Dossier du patient enregistré.</translation>
    </message>
    <message>
        <source>The backup could not be written: the disk is full.</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite&#xa0;: le disque est plein.</translation>
    </message>
    <message>
        <source>Outpost components — %1 theme</source>
        <translation>Composants Outpost — thème %1</translation>
    </message>
    <message>
        <source>Colour roles and type scale</source>
        <translation>Rôles de couleur et échelle typographique</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Grand titre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>%1 %2 px</source>
        <translation>%1 %2 px</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Boutons</translation>
    </message>
    <message>
        <source>Register patient</source>
        <translation>Inscrire le patient</translation>
    </message>
    <message>
        <source>Secondary, keyboard focus</source>
        <translation>Secondaire, focus clavier</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Primary, disabled</source>
        <translation>Principal, désactivé</translation>
    </message>
    <message>
        <source>Secondary, disabled</source>
        <translation>Secondaire, désactivé</translation>
    </message>
    <message>
        <source>Space, Enter and Return activate the focused button; the ring shows keyboard focus.</source>
        <translation>Espace, Entrée et Retour activent le bouton qui a le focus&#xa0;; l&apos;anneau indique le focus clavier.</translation>
    </message>
    <message>
        <source>Search field</source>
        <translation>Champ de recherche</translation>
    </message>
    <message>
        <source>Name, date of birth, clinic number or phone</source>
        <translation>Nom, date de naissance, numéro de dossier ou téléphone</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>Rechercher un patient</translation>
    </message>
    <message>
        <source>müller 1984</source>
        <translation>müller 1984</translation>
    </message>
    <message>
        <source>Results update as you type; Escape or × clears; Down moves to the results.</source>
        <translation>Les résultats se mettent à jour pendant la saisie&#xa0;; Échap ou × efface&#xa0;; Bas mène aux résultats.</translation>
    </message>
    <message>
        <source>Text fields</source>
        <translation>Champs de texte</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>As on the ID card</source>
        <translation>Comme sur la pièce d&apos;identité</translation>
    </message>
    <message>
        <source>Accents are kept: Müller stays Müller.</source>
        <translation>Les accents sont conservés&#xa0;: Müller reste Müller.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>+33 6 12</source>
        <translation>+33 6 12</translation>
    </message>
    <message>
        <source>This phone number is too short.</source>
        <translation>Ce numéro de téléphone est trop court.</translation>
    </message>
    <message>
        <source>Clinic number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>C-000184</source>
        <translation>C-000184</translation>
    </message>
    <message>
        <source>Given by Outpost; it cannot be changed.</source>
        <translation>Attribué par Outpost&#xa0;; il ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Date field</source>
        <translation>Champ de date</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
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
        <translation>Lignes de liste</translation>
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
        <translation>Arrivée à 09:12</translation>
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
        <translation>Rendez-vous à 10:30</translation>
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
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Today&apos;s queue</source>
        <translation>File d&apos;attente du jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>With clinician</source>
        <translation>Avec le praticien</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Nguyen, Lan</source>
        <translation>Nguyen, Lan</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>No patients yet</source>
        <translation>Aucun patient pour l&apos;instant</translation>
    </message>
    <message>
        <source>Register the first patient, or restore a backup from the File menu.</source>
        <translation>Inscrivez le premier patient ou restaurez une sauvegarde depuis le menu Fichier.</translation>
    </message>
    <message>
        <source>Dialog and toasts</source>
        <translation>Boîte de dialogue et notifications</translation>
    </message>
    <message>
        <source>Delete this draft?</source>
        <translation>Supprimer ce brouillon&#xa0;?</translation>
    </message>
    <message>
        <source>The unsigned note for Anna Müller will be removed. Signed notes are kept.</source>
        <translation>La note non signée d&apos;Anna Müller sera supprimée. Les notes signées sont conservées.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Progress overlay</source>
        <translation>Indicateur de progression</translation>
    </message>
    <message>
        <source>Exporting backup…</source>
        <translation>Exportation de la sauvegarde…</translation>
    </message>
    <message>
        <source>12,400 of 31,000 records</source>
        <translation>12&#xa0;400 enregistrements sur 31&#xa0;000</translation>
    </message>
    <message>
        <source>Opening the clinic database…</source>
        <translation>Ouverture de la base de données de la clinique…</translation>
    </message>
    <message>
        <source>Page content under the overlay</source>
        <translation>Contenu de la page sous l&apos;indicateur</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>The page stays usable.</source>
        <translation>La page reste utilisable.</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Enter a date.</source>
        <translation>Saisissez une date.</translation>
    </message>
    <message>
        <source>Enter the year with four digits, for example 1984.</source>
        <translation>Saisissez l&apos;année sur quatre chiffres, par exemple 1984.</translation>
    </message>
    <message>
        <source>This date does not exist. Check the day and the month.</source>
        <translation>Cette date n&apos;existe pas. Vérifiez le jour et le mois.</translation>
    </message>
    <message>
        <source>Enter a date as day/month/year, for example 12/03/1984.</source>
        <translation>Saisissez la date au format jour/mois/année, par exemple 12/03/1984.</translation>
    </message>
    <message>
        <source>Enter a date as month/day/year, for example 03/12/1984.</source>
        <translation>Saisissez la date au format mois/jour/année, par exemple 03/12/1984.</translation>
    </message>
    <message>
        <source>Enter a date on or after %1.</source>
        <translation>Saisissez une date au plus tôt le %1.</translation>
    </message>
    <message>
        <source>Enter a date on or before %1.</source>
        <translation>Saisissez une date au plus tard le %1.</translation>
    </message>
    <message>
        <source>Day/month/year, for example 12/03/1984.</source>
        <translation>Jour/mois/année, par exemple 12/03/1984.</translation>
    </message>
    <message>
        <source>Month/day/year, for example 03/12/1984.</source>
        <translation>Mois/jour/année, par exemple 03/12/1984.</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Compris comme le %1.</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>mm/dd/yyyy</source>
        <translation>mm/jj/aaaa</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>Ajuster la page à la largeur</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the document</source>
        <translation>Fermer le document</translation>
    </message>
    <message>
        <source>Find in this document</source>
        <translation>Rechercher dans ce document</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) on this page</source>
        <translation>
            <numerusform>%n résultat sur cette page</numerusform>
            <numerusform>%n résultats sur cette page</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Document stored.</source>
        <translation>Document enregistré.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>Importation annulée ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import a document</source>
        <translation>Importer un document</translation>
    </message>
    <message>
        <source>Search in documents</source>
        <translation>Rechercher dans les documents</translation>
    </message>
    <message>
        <source>Search in this patient&apos;s documents</source>
        <translation>Rechercher dans les documents de ce patient</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1, page %2</translation>
    </message>
    <message>
        <source>Match in %1, page %2: %3</source>
        <translation>Résultat dans %1, page %2 : %3</translation>
    </message>
    <message>
        <source>No documents yet. Drop scans or PDFs here, or choose Import…</source>
        <translation>Aucun document pour l&apos;instant. Déposez ici des numérisations ou des PDF, ou choisissez Importer…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n page(s) · added by %2 on %3</source>
        <translation>
            <numerusform>%1 · %n page · ajouté par %2 le %3</numerusform>
            <numerusform>%1 · %n pages · ajouté par %2 le %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Scans and PDFs (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)</source>
        <translation>Numérisations et PDF (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)</translation>
    </message>
    <message>
        <source>What is this document?</source>
        <translation>De quel document s&apos;agit-il ?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be read with text recognition and stored encrypted.</source>
        <translation>
            <numerusform>%n fichier sera lu par reconnaissance de texte et enregistré chiffré.</numerusform>
            <numerusform>%n fichiers seront lus par reconnaissance de texte et enregistrés chiffrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Document kind</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <source>Importing a document</source>
        <translation>Importation d&apos;un document</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Outpost</source>
        <translation>Bienvenue dans Outpost</translation>
    </message>
    <message>
        <source>This computer does not hold a clinic database yet. Outpost keeps all of the clinic&apos;s records here, encrypted, and works without a network.</source>
        <translation>Cet ordinateur ne contient pas encore de base de données de clinique. Outpost conserve ici tous les dossiers de la clinique, chiffrés, et fonctionne sans réseau.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
</context>
<context>
    <name>IdScanDialog</name>
    <message>
        <source>Check the fields read from the card</source>
        <translation>Vérifiez les champs lus sur la carte</translation>
    </message>
    <message>
        <source>Fill confirmed fields</source>
        <translation>Remplir les champs confirmés</translation>
    </message>
    <message>
        <source>Compare each value with the card. Tick the ones that are right; only those are filled in.</source>
        <translation>Comparez chaque valeur avec la carte. Cochez celles qui sont justes ; seules celles-ci seront remplies.</translation>
    </message>
    <message>
        <source>No fields could be read from this card. Type them in by hand.</source>
        <translation>Aucun champ n&apos;a pu être lu sur cette carte. Saisissez-les à la main.</translation>
    </message>
    <message>
        <source>Use %1: %2</source>
        <translation>Utiliser %1 : %2</translation>
    </message>
    <message>
        <source>Confidence %1 % · check digits hold</source>
        <translation>Confiance %1 % · chiffres de contrôle valides</translation>
    </message>
    <message>
        <source>Confidence %1 % · not verified</source>
        <translation>Confiance %1 % · non vérifié</translation>
    </message>
    <message>
        <source>Where %1 was read on the card</source>
        <translation>Emplacement de %1 sur la carte</translation>
    </message>
</context>
<context>
    <name>LabeledTextField</name>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Locked by %1</source>
        <translation>Verrouillé par %1</translation>
    </message>
    <message>
        <source>Log in to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>Outpost</source>
        <translation>Outpost</translation>
    </message>
    <message>
        <source>Enter your password to go on where you left off.</source>
        <translation>Saisissez votre mot de passe pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Revenir à %1</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Changer d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Checking the password</source>
        <translation>Vérification du mot de passe</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>&amp;About Outpost</source>
        <translation>À &amp;propos d&apos;Outpost</translation>
    </message>
    <message>
        <source>%1 — Outpost</source>
        <translation>%1 — Outpost</translation>
    </message>
    <message>
        <source>&amp;New Patient</source>
        <translation>&amp;Nouveau patient</translation>
    </message>
    <message>
        <source>&amp;Find Patient</source>
        <translation>&amp;Rechercher un patient</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>C&amp;ontraste élevé</translation>
    </message>
    <message>
        <source>Text &amp;Size</source>
        <translation>Taille du te&amp;xte</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>Ad&amp;ministration</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>&amp;Journal d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>Rechercher un patient</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Move through search results</source>
        <translation>Parcourir les résultats de recherche</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Open the patient</source>
        <translation>Ouvrir le patient</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Clear the search, close a dialog</source>
        <translation>Effacer la recherche, fermer une boîte de dialogue</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;Export Backup…</source>
        <translation>&amp;Exporter une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Verify Backup…</source>
        <translation>&amp;Vérifier une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Restore Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
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
        <translation>Annuler</translation>
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
        <translation>Rectifier la note</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Subjective</source>
        <translation>Subjectif</translation>
    </message>
    <message>
        <source>What the patient reports</source>
        <translation>Ce que rapporte le patient</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Examination and measurements</source>
        <translation>Examen et mesures</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Diagnosis or impression</source>
        <translation>Diagnostic ou impression</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Treatment, tests, follow-up</source>
        <translation>Traitement, examens, suivi</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Motif de la rectification</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation>Enregistrer la rectification</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Abandonner le brouillon</translation>
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
        <translation>Constantes</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Patient chart</source>
        <translation>Dossier du patient</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Aucune allergie connue</translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation>Allergies&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reason for emergency access</source>
        <translation>Motif de l&apos;accès d&apos;urgence</translation>
    </message>
    <message>
        <source>At least 10 characters. Recorded in the audit log.</source>
        <translation>Au moins 10 caractères. Consigné dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Open in an emergency</source>
        <translation>Ouvrir en accès d&apos;urgence</translation>
    </message>
    <message>
        <source>Chart sections</source>
        <translation>Sections du dossier</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Access history</source>
        <translation>Historique des accès</translation>
    </message>
    <message>
        <source>Active problems</source>
        <translation>Problèmes actifs</translation>
    </message>
    <message>
        <source>No active problems</source>
        <translation>Aucun problème actif</translation>
    </message>
    <message>
        <source>Active medications</source>
        <translation>Traitements en cours</translation>
    </message>
    <message>
        <source>No active medications</source>
        <translation>Aucun traitement en cours</translation>
    </message>
    <message>
        <source>Latest vitals</source>
        <translation>Dernières constantes</translation>
    </message>
    <message>
        <source>No vitals recorded</source>
        <translation>Aucune constante enregistrée</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Rectifié</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Note enregistrée.</translation>
    </message>
    <message>
        <source>No encounters yet</source>
        <translation>Aucune consultation pour l&apos;instant</translation>
    </message>
    <message>
        <source>Notes and vitals recorded at a visit appear here.</source>
        <translation>Les notes et les constantes saisies lors d&apos;une consultation s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>amended: %1</source>
        <translation>rectifié&#xa0;: %1</translation>
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
        <translation>Historique</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Rectifier</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>Saisi par erreur</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Mark as entered in error</source>
        <translation>Marquer comme saisi par erreur</translation>
    </message>
    <message>
        <source>Mark in error</source>
        <translation>Marquer comme erroné</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Entry history</source>
        <translation>Historique de l&apos;entrée</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>motif&#xa0;: %1</translation>
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
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the front desk</source>
        <translation>Retour à l&apos;accueil</translation>
    </message>
    <message>
        <source>Add to today&apos;s queue</source>
        <translation>Ajouter à la file d&apos;attente du jour</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>about %1 (estimated)</source>
        <translation>vers %1 (estimation)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Clinical notes are visible to clinicians only.</source>
        <translation>Les notes cliniques ne sont visibles que par les praticiens.</translation>
    </message>
</context>
<context>
    <name>ProgressOverlay</name>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
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
        <translation>femme</translation>
    </message>
    <message>
        <source>male</source>
        <translation>homme</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>by identifier</source>
        <translation>par identifiant</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>par téléphone</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>par nom</translation>
    </message>
    <message>
        <source>by date of birth</source>
        <translation>par date de naissance</translation>
    </message>
    <message>
        <source>Name, date of birth, phone or ID</source>
        <translation>Nom, date de naissance, téléphone ou identifiant</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>Rechercher un patient</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Recent patients</source>
        <translation>Patients récents</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>More than %n patients match: type more to narrow down.</source>
        <translation>
            <numerusform>Plus de %n patient correspond&#xa0;: précisez votre saisie.</numerusform>
            <numerusform>Plus de %n patients correspondent&#xa0;: précisez votre saisie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) found</source>
        <translation>
            <numerusform>%n patient trouvé</numerusform>
            <numerusform>%n patients trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>born about %1</source>
        <translation>né(e) vers %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>né(e) le %1</translation>
    </message>
    <message>
        <source>No recent patients</source>
        <translation>Aucun patient récent</translation>
    </message>
    <message>
        <source>No patient found</source>
        <translation>Aucun patient trouvé</translation>
    </message>
    <message>
        <source>Patients you open appear here. Type a name, a date of birth, a phone number or an ID to search.</source>
        <translation>Les patients que vous ouvrez s&apos;affichent ici. Pour rechercher, saisissez un nom, une date de naissance, un numéro de téléphone ou un identifiant.</translation>
    </message>
    <message>
        <source>Check the spelling, try part of the name, or register a new patient.</source>
        <translation>Vérifiez l&apos;orthographe, essayez une partie du nom ou inscrivez un nouveau patient.</translation>
    </message>
    <message>
        <source>Today&apos;s queue</source>
        <translation>File d&apos;attente du jour</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Enregistrer l&apos;arrivée</translation>
    </message>
    <message>
        <source>Send in</source>
        <translation>Faire entrer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>No set time</source>
        <translation>Sans heure fixe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>More actions for %1</source>
        <translation>Autres actions pour %1</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <source>Nobody in the queue</source>
        <translation>Personne dans la file d&apos;attente</translation>
    </message>
    <message>
        <source>Booked and walk-in patients for today appear here.</source>
        <translation>Les patients du jour, avec ou sans rendez-vous, s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>matched in a document</source>
        <translation>trouvé dans un document</translation>
    </message>
</context>
<context>
    <name>RecoveryKeySheet</name>
    <message>
        <source>Outpost recovery key</source>
        <translation>Clé de récupération Outpost</translation>
    </message>
    <message>
        <source>Clinic: %1</source>
        <translation>Clinique : %1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>Imprimée le : %1</translation>
    </message>
    <message>
        <source>With this key anyone can open the clinic&apos;s records, and without it a forgotten admin password cannot be reset. Keep this sheet locked away from the computer, for example in the clinic&apos;s safe. Do not photograph it or store it on the computer.</source>
        <translation>Avec cette clé, n’importe qui peut ouvrir les dossiers de la clinique, et sans elle un mot de passe administrateur oublié ne peut pas être réinitialisé. Gardez cette feuille sous clé, loin de l’ordinateur, par exemple dans le coffre de la clinique. Ne la photographiez pas et ne l’enregistrez pas sur l’ordinateur.</translation>
    </message>
    <message>
        <source>To use it: Outpost → sign-in screen, or outpostctl unlock-with-recovery-key.</source>
        <translation>Pour l’utiliser : Outpost → écran de connexion, ou outpostctl unlock-with-recovery-key.</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>A family name or a given name is needed.</source>
        <translation>Un nom de famille ou un prénom est nécessaire.</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Middle names, patronymic, name at birth.</source>
        <translation>Autres prénoms, patronyme, nom de naissance.</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>The date is an estimate</source>
        <translation>La date est estimée</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Identifier kind</source>
        <translation>Type d&apos;identifiant</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>This patient may already be registered</source>
        <translation>Ce patient est peut-être déjà inscrit</translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>Inscrire quand même</translation>
    </message>
    <message>
        <source>Check that none of these is the same person. Open the existing record instead if one is.</source>
        <translation>Vérifiez qu&apos;aucune de ces personnes n&apos;est la même. Si c&apos;est le cas, ouvrez plutôt le dossier existant.</translation>
    </message>
    <message>
        <source>%1, born %2 (%3)</source>
        <translation>%1, né(e) le %2 (%3)</translation>
    </message>
    <message>
        <source>Why is this a different person?</source>
        <translation>Pourquoi s&apos;agit-il d&apos;une autre personne&#xa0;?</translation>
    </message>
    <message>
        <source>Scan ID card…</source>
        <translation>Numériser une pièce d&apos;identité…</translation>
    </message>
    <message>
        <source>Scan an ID card or passport to propose the fields</source>
        <translation>Numériser une carte d&apos;identité ou un passeport pour proposer les champs</translation>
    </message>
    <message>
        <source>Scan ID card</source>
        <translation>Numériser une pièce d&apos;identité</translation>
    </message>
    <message>
        <source>Scans and PDFs (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)</source>
        <translation>Numérisations et PDF (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)</translation>
    </message>
    <message>
        <source>Reading the ID card</source>
        <translation>Lecture de la pièce d&apos;identité</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Language, theme and text size apply to this computer and take effect at once.</source>
        <translation>La langue, le thème et la taille du texte s&apos;appliquent à cet ordinateur et prennent effet immédiatement.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Lock the screen after this many minutes without input</source>
        <translation>Verrouiller l&apos;écran après ce nombre de minutes d&apos;inactivité</translation>
    </message>
    <message>
        <source>Applies to every user of this clinic, from 1 to 240 minutes.</source>
        <translation>S&apos;applique à tous les utilisateurs de cette clinique, de 1 à 240 minutes.</translation>
    </message>
    <message>
        <source>Auto-lock minutes</source>
        <translation>Minutes avant verrouillage automatique</translation>
    </message>
    <message>
        <source>Save auto-lock</source>
        <translation>Enregistrer le verrouillage automatique</translation>
    </message>
    <message>
        <source>Auto-lock saved.</source>
        <translation>Verrouillage automatique enregistré.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Enter the clinic&apos;s name.</source>
        <translation>Saisissez le nom de la clinique.</translation>
    </message>
    <message>
        <source>Set up your clinic</source>
        <translation>Configurez votre clinique</translation>
    </message>
    <message>
        <source>Step %1 of 3</source>
        <translation>Étape %1 sur 3</translation>
    </message>
    <message>
        <source>Outpost keeps the clinic&apos;s records on this computer, encrypted, in %1.</source>
        <translation>Outpost conserve les dossiers de la clinique sur cet ordinateur, chiffrés, dans %1.</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nom de la clinique</translation>
    </message>
    <message>
        <source>The first user manages the clinic: other users, backups and settings.</source>
        <translation>Le premier utilisateur administre la clinique&#xa0;: autres utilisateurs, sauvegardes et paramètres.</translation>
    </message>
    <message>
        <source>Admin user name</source>
        <translation>Nom d&apos;utilisateur de l&apos;administrateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>At least 10 characters; a few unrelated words work well.</source>
        <translation>Au moins 10 caractères&#xa0;; quelques mots sans rapport entre eux conviennent bien.</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>This recovery key opens the clinic&apos;s records if every password is lost. Outpost shows it only now and does not keep it. Write it down or save it, and keep it locked away from this computer.</source>
        <translation>Cette clé de récupération ouvre les dossiers de la clinique si tous les mots de passe sont perdus. Outpost ne l&apos;affiche que maintenant et ne la conserve pas. Notez-la ou enregistrez-la, et gardez-la sous clé, à l&apos;écart de cet ordinateur.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>Copier la clé de récupération</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe, then clear the clipboard.</source>
        <translation>Copiée. Collez-la en lieu sûr, puis videz le presse-papiers.</translation>
    </message>
    <message>
        <source>Save as text file…</source>
        <translation>Enregistrer comme fichier texte…</translation>
    </message>
    <message>
        <source>Saved to %1. Move it to a USB stick and delete it here.</source>
        <translation>Enregistré dans %1. Déplacez le fichier sur une clé USB et supprimez-le d&apos;ici.</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation>Le fichier n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>I have written it down or saved it</source>
        <translation>Je l&apos;ai notée ou enregistrée</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Creating the encrypted database</source>
        <translation>Création de la base de données chiffrée</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Create clinic</source>
        <translation>Créer la clinique</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimer la clé de récupération</translation>
    </message>
    <message>
        <source>Sent to the printer. Keep the sheet away from this computer.</source>
        <translation>Envoyée à l’imprimante. Gardez la feuille loin de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>outpost::CoreText</name>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation>Le mot de passe est trop court&#xa0;: utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <source>This password is one of the most commonly used ones. Choose another.</source>
        <translation>Ce mot de passe fait partie des plus couramment utilisés. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>Le mot de passe ne doit pas contenir le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Choose a folder for the automatic backups.</source>
        <translation>Choisissez un dossier pour les sauvegardes automatiques.</translation>
    </message>
    <message>
        <source>No backup passphrase is set for automatic backups. Set one in Settings.</source>
        <translation>Aucune phrase secrète n&apos;est définie pour les sauvegardes automatiques. Définissez-en une dans Paramètres.</translation>
    </message>
    <message>
        <source>The backup&apos;s header is damaged or not an Outpost backup.</source>
        <translation>L&apos;en-tête de la sauvegarde est endommagé, ou ce fichier n&apos;est pas une sauvegarde Outpost.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Annulé. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>A backup passphrase needs at least 8 characters.</source>
        <translation>Une phrase secrète de sauvegarde doit comporter au moins 8 caractères.</translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation>La bibliothèque de chiffrement n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>This backup was made with the clinic&apos;s recovery key: give the recovery key, not a passphrase.</source>
        <translation>Cette sauvegarde a été faite avec la clé de récupération de la clinique&#xa0;: saisissez la clé de récupération, et non une phrase secrète.</translation>
    </message>
    <message>
        <source>Wrong recovery key: it does not open this backup.</source>
        <translation>Clé de récupération incorrecte&#xa0;: elle n&apos;ouvre pas cette sauvegarde.</translation>
    </message>
    <message>
        <source>Wrong backup passphrase.</source>
        <translation>Phrase secrète de sauvegarde incorrecte.</translation>
    </message>
    <message>
        <source>The saved automatic-backup key is not usable; set the backup passphrase again.</source>
        <translation>La clé enregistrée pour les sauvegardes automatiques est inutilisable&#xa0;; définissez à nouveau la phrase secrète de sauvegarde.</translation>
    </message>
    <message>
        <source>This file is not an Outpost backup.</source>
        <translation>Ce fichier n&apos;est pas une sauvegarde Outpost.</translation>
    </message>
    <message>
        <source>The backup is incomplete: the file ends before its last part (it was cut short or the copy did not finish).</source>
        <translation>La sauvegarde est incomplète&#xa0;: le fichier se termine avant sa dernière partie (il a été tronqué ou la copie ne s&apos;est pas terminée).</translation>
    </message>
    <message>
        <source>The backup is damaged: part %1 failed authentication (the file was changed or the disk corrupted it).</source>
        <translation>La sauvegarde est endommagée&#xa0;: l&apos;authentification de la partie %1 a échoué (le fichier a été modifié ou le disque l&apos;a corrompu).</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Outpost (backup format %1; this version reads format %2). Update Outpost to read it.</source>
        <translation>Cette sauvegarde a été faite par une version plus récente d&apos;Outpost (format de sauvegarde %1&#xa0;; cette version lit le format %2). Mettez Outpost à jour pour la lire.</translation>
    </message>
    <message>
        <source>The backup&apos;s header is damaged.</source>
        <translation>L&apos;en-tête de la sauvegarde est endommagé.</translation>
    </message>
    <message>
        <source>The backup&apos;s header has not been read.</source>
        <translation>L&apos;en-tête de la sauvegarde n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>A backup key must be 32 bytes.</source>
        <translation>Une clé de sauvegarde doit faire 32 octets.</translation>
    </message>
    <message>
        <source>The backup holds more pages than its header says.</source>
        <translation>La sauvegarde contient plus de pages que ne l&apos;indique son en-tête.</translation>
    </message>
    <message>
        <source>The backup is damaged: it ends inside a page.</source>
        <translation>La sauvegarde est endommagée&#xa0;: elle se termine au milieu d&apos;une page.</translation>
    </message>
    <message>
        <source>The backup is damaged: its data is incomplete.</source>
        <translation>La sauvegarde est endommagée&#xa0;: ses données sont incomplètes.</translation>
    </message>
    <message>
        <source>The backup is damaged: it holds fewer pages than its header says.</source>
        <translation>La sauvegarde est endommagée&#xa0;: elle contient moins de pages que ne l&apos;indique son en-tête.</translation>
    </message>
    <message>
        <source>The backup is damaged: there are bytes after its end.</source>
        <translation>La sauvegarde est endommagée&#xa0;: des octets se trouvent après sa fin.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Il n&apos;y a aucun fichier à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: this user may not read it.</source>
        <translation>Impossible de lire %1&#xa0;: cet utilisateur n&apos;a pas le droit de le lire.</translation>
    </message>
    <message>
        <source>The backup is damaged: its keyring is unreadable.</source>
        <translation>La sauvegarde est endommagée&#xa0;: son trousseau de clés est illisible.</translation>
    </message>
    <message>
        <source>The backup is damaged: its keyring does not match its data key.</source>
        <translation>La sauvegarde est endommagée&#xa0;: son trousseau de clés ne correspond pas à sa clé de données.</translation>
    </message>
    <message>
        <source>The backup is damaged: the database it holds does not open.</source>
        <translation>La sauvegarde est endommagée&#xa0;: la base de données qu&apos;elle contient ne s&apos;ouvre pas.</translation>
    </message>
    <message>
        <source>The backup is damaged: the database it holds fails SQLite&apos;s integrity check.</source>
        <translation>La sauvegarde est endommagée&#xa0;: la base de données qu&apos;elle contient échoue au contrôle d&apos;intégrité de SQLite.</translation>
    </message>
    <message>
        <source>The backup is damaged: its tables do not hold the number of rows its header lists.</source>
        <translation>La sauvegarde est endommagée&#xa0;: ses tables ne contiennent pas le nombre de lignes indiqué dans son en-tête.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: this user may not write there.</source>
        <translation>Impossible de créer le dossier %1&#xa0;: cet utilisateur n&apos;a pas le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>Cannot write to the folder %1: it is read-only or this user may not change it.</source>
        <translation>Impossible d&apos;écrire dans le dossier %1&#xa0;: il est en lecture seule ou cet utilisateur n&apos;a pas le droit de le modifier.</translation>
    </message>
    <message>
        <source>The folder %1 already holds an Outpost database; restore into an empty folder, or replace the current data after confirming.</source>
        <translation>Le dossier %1 contient déjà une base de données Outpost&#xa0;; restaurez dans un dossier vide, ou remplacez les données actuelles après confirmation.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>There is no Outpost database in %1 to replace.</source>
        <translation>Il n&apos;y a pas de base de données Outpost à remplacer dans %1.</translation>
    </message>
    <message>
        <source>There is already a file at %1; choose another name.</source>
        <translation>Un fichier existe déjà à l&apos;emplacement %1&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist (is the disk connected?).</source>
        <translation>Le dossier %1 n&apos;existe pas (le disque est-il branché&#xa0;?).</translation>
    </message>
    <message>
        <source>The backup file is not open.</source>
        <translation>Le fichier de sauvegarde n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>This backup destination cannot start again.</source>
        <translation>Cette destination de sauvegarde ne peut pas redémarrer.</translation>
    </message>
    <message>
        <source>The backup could not be compressed.</source>
        <translation>La sauvegarde n&apos;a pas pu être compressée.</translation>
    </message>
    <message>
        <source>The keyring file does not belong to the open database; the backup was not made.</source>
        <translation>Le fichier de trousseau de clés ne correspond pas à la base de données ouverte&#xa0;; la sauvegarde n&apos;a pas été faite.</translation>
    </message>
    <message>
        <source>Cannot read the keyring file %1.</source>
        <translation>Impossible de lire le fichier de trousseau de clés %1.</translation>
    </message>
    <message>
        <source>The encrypted storage could not start.</source>
        <translation>Le stockage chiffré n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>There is already a file at %1.</source>
        <translation>Un fichier existe déjà à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>The working copy could not be opened.</source>
        <translation>La copie de travail n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>The backup could not start its database copy.</source>
        <translation>La sauvegarde n&apos;a pas pu commencer la copie de la base de données.</translation>
    </message>
    <message>
        <source>The backup could not copy the database: %1. Nothing was saved.</source>
        <translation>La sauvegarde n&apos;a pas pu copier la base de données&#xa0;: %1. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Row %1 was removed.</source>
        <translation>La ligne %1 a été supprimée.</translation>
    </message>
    <message>
        <source>Row %1 does not follow row %2: the chain was rewritten.</source>
        <translation>La ligne %1 ne suit pas la ligne %2&#xa0;: la chaîne a été réécrite.</translation>
    </message>
    <message>
        <source>Row %1 was changed.</source>
        <translation>La ligne %1 a été modifiée.</translation>
    </message>
    <message>
        <source>Rows %1 to %2 were removed from the end.</source>
        <translation>Les lignes %1 à %2 ont été supprimées à la fin.</translation>
    </message>
    <message>
        <source>The newest rows do not match the recorded end of the log.</source>
        <translation>Les lignes les plus récentes ne correspondent pas à la fin enregistrée du journal.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an admin to enable it.</source>
        <translation>Ce compte est désactivé. Demandez à un administrateur de l&apos;activer.</translation>
    </message>
    <message>
        <source>This session is not locked.</source>
        <translation>Cette session n&apos;est pas verrouillée.</translation>
    </message>
    <message>
        <source>Only %1 can unlock this session. To work as %2, use Switch user.</source>
        <translation>Seul %1 peut déverrouiller cette session. Pour travailler en tant que %2, utilisez Changer d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The screen locks after %1 to %2 minutes of inactivity.</source>
        <translation>L&apos;écran se verrouille après %1 à %2 minutes d&apos;inactivité.</translation>
    </message>
    <message>
        <source>Say why you need this patient&apos;s clinical record, in at least %1 characters.</source>
        <translation>Indiquez en au moins %1 caractères pourquoi vous avez besoin du dossier clinique de ce patient.</translation>
    </message>
    <message>
        <source>Keep the reason under %1 characters.</source>
        <translation>Le motif doit faire moins de %1 caractères.</translation>
    </message>
    <message>
        <source>No patient has this id.</source>
        <translation>Aucun patient n&apos;a cet identifiant.</translation>
    </message>
    <message>
        <source>No encounter has this id.</source>
        <translation>Aucune consultation n&apos;a cet identifiant.</translation>
    </message>
    <message>
        <source>No clinical entry has this id.</source>
        <translation>Aucune entrée clinique n&apos;a cet identifiant.</translation>
    </message>
    <message>
        <source>This encounter belongs to another patient.</source>
        <translation>Cette consultation appartient à un autre patient.</translation>
    </message>
    <message>
        <source>This encounter is closed; amend its entries or open a new encounter.</source>
        <translation>Cette consultation est clôturée&#xa0;; rectifiez ses entrées ou ouvrez une nouvelle consultation.</translation>
    </message>
    <message>
        <source>This encounter was entered in error.</source>
        <translation>Cette consultation a été marquée comme saisie par erreur.</translation>
    </message>
    <message>
        <source>This encounter is already closed.</source>
        <translation>Cette consultation est déjà clôturée.</translation>
    </message>
    <message>
        <source>Marking an encounter as entered in error needs a reason.</source>
        <translation>Un motif est nécessaire pour marquer une consultation comme saisie par erreur.</translation>
    </message>
    <message>
        <source>This encounter was already entered in error.</source>
        <translation>Cette consultation est déjà marquée comme saisie par erreur.</translation>
    </message>
    <message>
        <source>A note is written in an encounter; open one first.</source>
        <translation>Une note se rédige dans une consultation&#xa0;; ouvrez-en une d&apos;abord.</translation>
    </message>
    <message>
        <source>Vitals are recorded in an encounter; open one first.</source>
        <translation>Les constantes s&apos;enregistrent dans une consultation&#xa0;; ouvrez-en une d&apos;abord.</translation>
    </message>
    <message>
        <source>An amendment needs a reason.</source>
        <translation>Un motif est nécessaire pour une rectification.</translation>
    </message>
    <message>
        <source>Marking an entry as entered in error needs a reason.</source>
        <translation>Un motif est nécessaire pour marquer une entrée comme saisie par erreur.</translation>
    </message>
    <message>
        <source>This entry was entered in error; it can&apos;t be changed.</source>
        <translation>Cette entrée a été marquée comme saisie par erreur&#xa0;; elle ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>This entry has been amended since; change its newest version.</source>
        <translation>Cette entrée a été rectifiée depuis&#xa0;; modifiez sa version la plus récente.</translation>
    </message>
    <message>
        <source>The amendment is the same as the entry; change something first.</source>
        <translation>La rectification est identique à l&apos;entrée&#xa0;; modifiez d&apos;abord quelque chose.</translation>
    </message>
    <message>
        <source>A %1&apos;s status must be active or %2.</source>
        <translation>%1&#xa0;: le statut doit être “active” ou “%2”.</translation>
    </message>
    <message>
        <source>A note needs at least one of subjective, objective, assessment or plan.</source>
        <translation>Une note doit contenir au moins l&apos;une des rubriques subjectif, objectif, analyse ou plan.</translation>
    </message>
    <message>
        <source>%1 must be a number in %2.</source>
        <translation>%1&#xa0;: la valeur doit être un nombre en %2.</translation>
    </message>
    <message>
        <source>%1 must be given in %2.</source>
        <translation>%1&#xa0;: la valeur doit être exprimée en %2.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4; %5 is not plausible.</source>
        <translation>%1&#xa0;: la valeur doit être comprise entre %2 et %3 %4&#xa0;; %5 n&apos;est pas plausible.</translation>
    </message>
    <message>
        <source>Vitals need at least one measurement.</source>
        <translation>Les constantes doivent comporter au moins une mesure.</translation>
    </message>
    <message>
        <source>Blood pressure needs both the systolic and the diastolic value.</source>
        <translation>La pression artérielle nécessite la valeur systolique et la valeur diastolique.</translation>
    </message>
    <message>
        <source>Systolic pressure must be higher than diastolic pressure.</source>
        <translation>La pression systolique doit être supérieure à la pression diastolique.</translation>
    </message>
    <message>
        <source>An allergy needs the substance the patient reacts to.</source>
        <translation>Une allergie doit indiquer la substance à laquelle le patient réagit.</translation>
    </message>
    <message>
        <source>An allergy&apos;s severity must be mild, moderate, severe or life-threatening.</source>
        <translation>La sévérité d&apos;une allergie doit être légère, modérée, sévère ou engageant le pronostic vital.</translation>
    </message>
    <message>
        <source>A problem needs a name.</source>
        <translation>Un problème doit avoir un nom.</translation>
    </message>
    <message>
        <source>A medication needs a name.</source>
        <translation>Un médicament doit avoir un nom.</translation>
    </message>
    <message>
        <source>This entry is too long; split it into several entries.</source>
        <translation>Cette entrée est trop longue&#xa0;; divisez-la en plusieurs entrées.</translation>
    </message>
    <message>
        <source>Unknown kind of clinical entry.</source>
        <translation>Type d&apos;entrée clinique inconnu.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>A document page&apos;s word boxes cannot be read.</source>
        <translation>Les zones de mots d&apos;une page du document sont illisibles.</translation>
    </message>
    <message>
        <source>No document has this id.</source>
        <translation>Aucun document n&apos;a cet identifiant.</translation>
    </message>
    <message>
        <source>Page %1 has no image, or one too large to store.</source>
        <translation>La page %1 n&apos;a pas d&apos;image, ou son image est trop grande pour être enregistrée.</translation>
    </message>
    <message>
        <source>Page %1&apos;s image is not a %2 image.</source>
        <translation>L&apos;image de la page %1 n&apos;est pas une image %2.</translation>
    </message>
    <message>
        <source>Page %1 has no size.</source>
        <translation>La page %1 n&apos;a pas de dimensions.</translation>
    </message>
    <message>
        <source>Page %1 holds more text than a page can.</source>
        <translation>La page %1 contient plus de texte qu&apos;une page ne peut en contenir.</translation>
    </message>
    <message>
        <source>A document needs at least one page.</source>
        <translation>Un document doit comporter au moins une page.</translation>
    </message>
    <message>
        <source>A document may have at most %1 pages.</source>
        <translation>Un document peut comporter au plus %1 pages.</translation>
    </message>
    <message>
        <source>The document&apos;s title is too long (at most 255 characters).</source>
        <translation>Le titre du document est trop long (255 caractères au maximum).</translation>
    </message>
    <message>
        <source>This document has no page %1.</source>
        <translation>Ce document n&apos;a pas de page %1.</translation>
    </message>
    <message>
        <source>The search is too long (at most 200 characters).</source>
        <translation>La recherche est trop longue (200 caractères au maximum).</translation>
    </message>
    <message>
        <source>A draft needs a patient.</source>
        <translation>Un brouillon doit être associé à un patient.</translation>
    </message>
    <message>
        <source>The identifier kind “%1” is listed twice.</source>
        <translation>Le type d&apos;identifiant “%1” figure deux fois dans la liste.</translation>
    </message>
    <message>
        <source>A clinic records at least one kind of identifier.</source>
        <translation>Une clinique enregistre au moins un type d&apos;identifiant.</translation>
    </message>
    <message>
        <source>A clinic records at most %1 kinds of identifier.</source>
        <translation>Une clinique enregistre au plus %1 types d&apos;identifiant.</translation>
    </message>
    <message>
        <source>This clinic does not record identifiers of kind “%1”. It records: %2.</source>
        <translation>Cette clinique n&apos;enregistre pas d&apos;identifiants de type “%1”. Elle enregistre&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in 1 second.</source>
        <translation>Trop de tentatives échouées. Réessayez dans 1 seconde.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in %1 seconds.</source>
        <translation>Trop de tentatives échouées. Réessayez dans %1 secondes.</translation>
    </message>
    <message>
        <source>Records moved by the merge have changed since; the merge can&apos;t be undone.</source>
        <translation>Des données déplacées par la fusion ont été modifiées depuis&#xa0;; la fusion ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Entries written since the merge (%1) belong with records that came from the merged patient; the merge can&apos;t be undone.</source>
        <translation>Des entrées rédigées depuis la fusion (%1) se rattachent à des données venant du patient fusionné&#xa0;; la fusion ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>A merge needs a reason.</source>
        <translation>Un motif est nécessaire pour une fusion.</translation>
    </message>
    <message>
        <source>A record can&apos;t be merged into itself.</source>
        <translation>Un dossier ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message>
        <source>The record to keep does not exist.</source>
        <translation>Le dossier à conserver n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The record to keep was itself merged into another record.</source>
        <translation>Le dossier à conserver a lui-même été fusionné avec un autre dossier.</translation>
    </message>
    <message>
        <source>The duplicate record does not exist.</source>
        <translation>Le dossier en double n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This duplicate has already been merged into another record.</source>
        <translation>Ce doublon a déjà été fusionné avec un autre dossier.</translation>
    </message>
    <message>
        <source>Undoing a merge needs a reason.</source>
        <translation>Un motif est nécessaire pour annuler une fusion.</translation>
    </message>
    <message>
        <source>No merge has this id.</source>
        <translation>Aucune fusion n&apos;a cet identifiant.</translation>
    </message>
    <message>
        <source>This merge has already been undone.</source>
        <translation>Cette fusion a déjà été annulée.</translation>
    </message>
    <message>
        <source>The surviving record has since been merged into another record; undo that merge first.</source>
        <translation>Le dossier conservé a depuis été fusionné avec un autre dossier&#xa0;; annulez d&apos;abord cette fusion-là.</translation>
    </message>
    <message>
        <source>The merged record no longer points at the survivor; the merge can&apos;t be undone.</source>
        <translation>Le dossier fusionné ne renvoie plus au dossier conservé&#xa0;; la fusion ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>No patient with that id.</source>
        <translation>Aucun patient avec cet identifiant.</translation>
    </message>
    <message>
        <source>This patient may already be registered (%1 similar record(s)). Open the existing record, or give a reason why this is a different person.</source>
        <translation>Ce patient est peut-être déjà inscrit (%1 dossier(s) similaire(s)). Ouvrez le dossier existant, ou indiquez pourquoi il s&apos;agit d&apos;une autre personne.</translation>
    </message>
    <message>
        <source>This record was merged into another record; use the surviving record.</source>
        <translation>Ce dossier a été fusionné avec un autre dossier&#xa0;; utilisez le dossier conservé.</translation>
    </message>
    <message>
        <source>No user has this id.</source>
        <translation>Aucun utilisateur n&apos;a cet identifiant.</translation>
    </message>
    <message>
        <source>Appointments are booked with a clinician; this user is not one.</source>
        <translation>Les rendez-vous se prennent avec un praticien&#xa0;; cet utilisateur n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>This clinician&apos;s account is disabled.</source>
        <translation>Le compte de ce praticien est désactivé.</translation>
    </message>
    <message>
        <source>This patient is already on today&apos;s list; check in that appointment.</source>
        <translation>Ce patient est déjà dans la file d&apos;attente du jour&#xa0;; enregistrez l&apos;arrivée pour ce rendez-vous.</translation>
    </message>
    <message>
        <source>Choose the day of the appointment.</source>
        <translation>Choisissez le jour du rendez-vous.</translation>
    </message>
    <message>
        <source>Appointments can&apos;t be booked on a day that has passed.</source>
        <translation>Impossible de prendre un rendez-vous pour un jour déjà passé.</translation>
    </message>
    <message>
        <source>The appointment time is not a valid time of day.</source>
        <translation>L&apos;heure du rendez-vous n&apos;est pas une heure valide.</translation>
    </message>
    <message>
        <source>No appointment has this id.</source>
        <translation>Aucun rendez-vous n&apos;a cet identifiant.</translation>
    </message>
    <message>
        <source>An appointment that is %1 can&apos;t be changed to %2.</source>
        <translation>Un rendez-vous au statut “%1” ne peut pas passer au statut “%2”.</translation>
    </message>
    <message>
        <source>Permission denied: the %1 role may not %2.</source>
        <translation>Accès refusé&#xa0;: le rôle %1 ne permet pas l&apos;action “%2”.</translation>
    </message>
    <message>
        <source>Your account was changed since you logged in. Log in again.</source>
        <translation>Votre compte a été modifié depuis votre connexion. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>A user name has %1 to %2 letters, digits, dots, underscores or dashes, and starts with a letter or digit.</source>
        <translation>Un nom d&apos;utilisateur comporte de %1 à %2 lettres, chiffres, points, tirets bas ou tirets, et commence par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>A display name has 1 to %1 characters.</source>
        <translation>Un nom affiché comporte de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>A display name cannot hold control characters.</source>
        <translation>Un nom affiché ne peut pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun utilisateur nommé &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is the last active admin. Make another user an admin first, so someone can still manage users.</source>
        <translation>%1 est le dernier administrateur actif. Nommez d&apos;abord un autre utilisateur administrateur, pour que quelqu&apos;un puisse encore gérer les utilisateurs.</translation>
    </message>
    <message>
        <source>This clinic already has users. An admin adds new ones.</source>
        <translation>Cette clinique a déjà des utilisateurs. Les nouveaux utilisateurs sont ajoutés par un administrateur.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is taken (by &quot;%2&quot;). Choose another.</source>
        <translation>Le nom d&apos;utilisateur &quot;%1&quot; est déjà pris (par &quot;%2&quot;). Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <source>%1 is already disabled.</source>
        <translation>Le compte de %1 est déjà désactivé.</translation>
    </message>
    <message>
        <source>%1 is not disabled.</source>
        <translation>Le compte de %1 n&apos;est pas désactivé.</translation>
    </message>
    <message>
        <source>%1 already has the %2 role.</source>
        <translation>%1 a déjà le rôle %2.</translation>
    </message>
    <message>
        <source>%1 is disabled. Enable the account with a new password instead.</source>
        <translation>Le compte de %1 est désactivé. Activez plutôt le compte avec un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Le nouveau mot de passe doit être différent de l&apos;actuel.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>The configuration file %1 cannot be read.</source>
        <translation>Impossible de lire le fichier de configuration %1.</translation>
    </message>
    <message>
        <source>%1, line %2: expected &quot;setting = value&quot;.</source>
        <translation>%1, ligne %2&#xa0;: format attendu &quot;paramètre = valeur&quot;.</translation>
    </message>
    <message>
        <source>%1, line %2 holds &quot;%3&quot;: passwords and keys never belong in a configuration file. Remove it.</source>
        <translation>La ligne %2 de %1 contient &quot;%3&quot;&#xa0;: les mots de passe et les clés n&apos;ont jamais leur place dans un fichier de configuration. Supprimez-la.</translation>
    </message>
    <message>
        <source>%1, line %2: unknown setting &quot;%3&quot; ignored.</source>
        <translation>%1, ligne %2&#xa0;: paramètre inconnu &quot;%3&quot; ignoré.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Paramètre inconnu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The key derivation parameters are not usable.</source>
        <translation>Les paramètres de dérivation de clé ne sont pas utilisables.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (Argon2id needs %1 MiB).</source>
        <translation>Mémoire insuffisante pour dériver la clé (Argon2id a besoin de %1 MiB).</translation>
    </message>
    <message>
        <source>Restore it from a backup, or use the recovery key to make a new one (outpostctl unlock-with-recovery-key).</source>
        <translation>Restaurez-le depuis une sauvegarde, ou utilisez la clé de récupération pour en créer un nouveau (outpostctl unlock-with-recovery-key).</translation>
    </message>
    <message>
        <source>A user name cannot be empty.</source>
        <translation>Le nom d&apos;utilisateur ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A password cannot be empty.</source>
        <translation>Le mot de passe ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>La bibliothèque de cryptographie n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The Argon2id parameters are below libsodium&apos;s interactive minimum or absurdly high.</source>
        <translation>Les paramètres Argon2id sont inférieurs au minimum interactif de libsodium, ou démesurément élevés.</translation>
    </message>
    <message>
        <source>Wrong recovery key: it does not unlock this keyring.</source>
        <translation>Clé de récupération incorrecte&#xa0;: elle ne déverrouille pas ce trousseau de clés.</translation>
    </message>
    <message>
        <source>That data key does not belong to this keyring.</source>
        <translation>Cette clé de données n&apos;appartient pas à ce trousseau de clés.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; already has a key slot.</source>
        <translation>L&apos;utilisateur &quot;%1&quot; a déjà un emplacement de clé.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; has no key slot.</source>
        <translation>L&apos;utilisateur &quot;%1&quot; n&apos;a pas d&apos;emplacement de clé.</translation>
    </message>
    <message>
        <source>The recovery key cannot contain &quot;%1&quot;: it has only the digits and the letters A to Z without I, L, O and U.</source>
        <translation>La clé de récupération ne peut pas contenir &quot;%1&quot;&#xa0;: elle ne comporte que des chiffres et les lettres de A à Z, sauf I, L, O et U.</translation>
    </message>
    <message>
        <source>A recovery key has %1 letters and digits in %2 groups; this one has %3. Check it against the printed copy.</source>
        <translation>Une clé de récupération comporte %1 lettres et chiffres répartis en %2 groupes&#xa0;; celle-ci en comporte %3. Comparez-la avec la copie imprimée.</translation>
    </message>
    <message>
        <source>The recovery key has a typo: compare each group with the printed copy.</source>
        <translation>La clé de récupération contient une faute de frappe&#xa0;: comparez chaque groupe avec la copie imprimée.</translation>
    </message>
    <message>
        <source>The number of demo patients must be 0 to 2,000,000.</source>
        <translation>Le nombre de patients de démonstration doit être compris entre 0 et 2&#xa0;000&#xa0;000.</translation>
    </message>
    <message>
        <source>Demo data creation was cancelled.</source>
        <translation>La création des données de démonstration a été annulée.</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Utilisez au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Remove the invisible control characters.</source>
        <translation>Supprimez les caractères de contrôle invisibles.</translation>
    </message>
    <message>
        <source>Enter a family name or a given name.</source>
        <translation>Saisissez un nom de famille ou un prénom.</translation>
    </message>
    <message>
        <source>Enter the date of birth, or an estimate marked as approximate.</source>
        <translation>Saisissez la date de naissance, ou une estimation signalée comme approximative.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <source>The date of birth is more than 130 years ago.</source>
        <translation>La date de naissance remonte à plus de 130 ans.</translation>
    </message>
    <message>
        <source>A phone number has 6 to 15 digits.</source>
        <translation>Un numéro de téléphone comporte de 6 à 15 chiffres.</translation>
    </message>
    <message>
        <source>Each identifier needs a kind and a value.</source>
        <translation>Chaque identifiant doit avoir un type et une valeur.</translation>
    </message>
    <message>
        <source>An identifier has at most 64 characters.</source>
        <translation>Un identifiant comporte au plus 64 caractères.</translation>
    </message>
    <message>
        <source>Each contact needs a name.</source>
        <translation>Chaque contact doit avoir un nom.</translation>
    </message>
    <message>
        <source>Unknown log level &quot;%1&quot;: use trace, debug, info, warn, error or off.</source>
        <translation>Niveau de journalisation inconnu &quot;%1&quot;&#xa0;: utilisez trace, debug, info, warn, error ou off.</translation>
    </message>
    <message>
        <source>The log folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier des journaux %1.</translation>
    </message>
    <message>
        <source>The search text is too long: use at most %1 characters.</source>
        <translation>Le texte recherché est trop long&#xa0;: utilisez au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A value of type %1 cannot be stored.</source>
        <translation>Une valeur de type %1 ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <source>The statement takes %1 values, not %2.</source>
        <translation>L&apos;instruction attend %1 valeurs, et non %2.</translation>
    </message>
    <message>
        <source>Exactly one SQL statement is expected here.</source>
        <translation>Une seule instruction SQL est attendue ici.</translation>
    </message>
    <message>
        <source>There is no Outpost database in %1. Create one with outpostctl init.</source>
        <translation>Il n&apos;y a pas de base de données Outpost dans %1. Créez-en une avec outpostctl init.</translation>
    </message>
    <message>
        <source>The keyring file %1 does not belong to the database %2 (it is for key generation %3; the database is at generation %4). Restore both from the same backup, or use the recovery key.</source>
        <translation>Le fichier de trousseau de clés %1 ne correspond pas à la base de données %2 (il est prévu pour la génération de clé %3&#xa0;; la base de données en est à la génération %4). Restaurez les deux depuis la même sauvegarde, ou utilisez la clé de récupération.</translation>
    </message>
    <message>
        <source>The keyring file %1 does not belong to the database %2. Restore both from the same backup, or use the recovery key.</source>
        <translation>Le fichier de trousseau de clés %1 ne correspond pas à la base de données %2. Restaurez les deux depuis la même sauvegarde, ou utilisez la clé de récupération.</translation>
    </message>
    <message>
        <source>The data folder %1 already holds an Outpost database or keyring; init does not overwrite it. Choose another folder.</source>
        <translation>Le dossier de données %1 contient déjà une base de données ou un trousseau de clés Outpost&#xa0;; init ne les écrase pas. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The clinic name cannot be empty.</source>
        <translation>Le nom de la clinique ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Cannot write to the data folder %1: it is read-only or this user may not change it.</source>
        <translation>Impossible d&apos;écrire dans le dossier de données %1&#xa0;: il est en lecture seule ou cet utilisateur n&apos;a pas le droit de le modifier.</translation>
    </message>
    <message>
        <source>There is no Outpost database in %1.</source>
        <translation>Il n&apos;y a pas de base de données Outpost dans %1.</translation>
    </message>
    <message>
        <source>Wrong recovery key: it does not open this database.</source>
        <translation>Clé de récupération incorrecte&#xa0;: elle n&apos;ouvre pas cette base de données.</translation>
    </message>
    <message>
        <source>Cannot remove the last user: nobody could unlock the database without the recovery key.</source>
        <translation>Impossible de supprimer le dernier utilisateur&#xa0;: personne ne pourrait plus déverrouiller la base de données sans la clé de récupération.</translation>
    </message>
    <message>
        <source>The database is closed.</source>
        <translation>La base de données est fermée.</translation>
    </message>
    <message>
        <source>Outpost may not write in the folder %1 (permission denied). Choose a folder you can write to, or ask an administrator.</source>
        <translation>Outpost n&apos;a pas le droit d&apos;écrire dans le dossier %1 (autorisation refusée). Choisissez un dossier accessible en écriture, ou demandez à un administrateur.</translation>
    </message>
    <message>
        <source>The transaction has already ended.</source>
        <translation>La transaction est déjà terminée.</translation>
    </message>
    <message>
        <source>A database needs at least one reader connection.</source>
        <translation>Une base de données nécessite au moins une connexion en lecture.</translation>
    </message>
    <message>
        <source>Outpost may not open %1 (permission denied).</source>
        <translation>Outpost n&apos;a pas le droit d&apos;ouvrir %1 (autorisation refusée).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Il n&apos;y a pas de base de données à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>The database %1 is empty. Restore from a backup.</source>
        <translation>La base de données %1 est vide. Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>Outpost may not write to %1 (permission denied).</source>
        <translation>Outpost n&apos;a pas le droit d&apos;écrire dans %1 (autorisation refusée).</translation>
    </message>
    <message>
        <source>The database could not switch to write-ahead logging.</source>
        <translation>La base de données n&apos;a pas pu passer en journalisation anticipée (WAL).</translation>
    </message>
    <message>
        <source>The file is not an Outpost database. Restore from a backup.</source>
        <translation>Ce fichier n&apos;est pas une base de données Outpost. Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The database is damaged (its integrity check failed). Restore from a backup.</source>
        <translation>La base de données est endommagée (échec du contrôle d&apos;intégrité). Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is not an Outpost database or is damaged.</source>
        <translation>%1 n&apos;est pas une base de données Outpost ou est endommagé.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: the folder is read-only or this user may not change it.</source>
        <translation>Impossible d&apos;effectuer l&apos;opération “%1” sur %2&#xa0;: le dossier est en lecture seule ou cet utilisateur n&apos;a pas le droit de le modifier.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: the disk is full. Free some space and try again.</source>
        <translation>Impossible d&apos;effectuer l&apos;opération “%1” sur %2&#xa0;: le disque est plein. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: %3.</source>
        <translation>Impossible d&apos;effectuer l&apos;opération “%1” sur %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot flush %1: %2.</source>
        <translation>Impossible de forcer l&apos;écriture de %1 sur le disque&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The database is not open through the encrypted VFS.</source>
        <translation>La base de données n&apos;est pas ouverte via le VFS chiffré.</translation>
    </message>
    <message>
        <source>A database key must be 32 bytes.</source>
        <translation>Une clé de base de données doit faire 32 octets.</translation>
    </message>
    <message>
        <source>The database %1 is already open with another key.</source>
        <translation>La base de données %1 est déjà ouverte avec une autre clé.</translation>
    </message>
    <message>
        <source>Migration %1 is out of order: steps must be numbered 1, 2, 3… in order.</source>
        <translation>La migration %1 n&apos;est pas dans l&apos;ordre&#xa0;: les étapes doivent être numérotées 1, 2, 3… dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Outpost (schema %1; this version knows up to %2). Update Outpost to open it.</source>
        <translation>Cette base de données a été créée par une version plus récente d&apos;Outpost (schéma %1&#xa0;; cette version connaît jusqu&apos;au schéma %2). Mettez Outpost à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The database is damaged (page %1 failed authentication). Restore from a backup.</source>
        <translation>La base de données est endommagée (échec de l&apos;authentification de la page %1). Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The disk is full. The last change was not saved; everything saved before it is safe. Free some space and try again.</source>
        <translation>Le disque est plein. La dernière modification n&apos;a pas été enregistrée&#xa0;; tout ce qui a été enregistré avant est en sécurité. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>The database is damaged or is not an Outpost database. Restore from a backup.</source>
        <translation>La base de données est endommagée ou n&apos;est pas une base de données Outpost. Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>Outpost may not write to the database or its folder (permission denied).</source>
        <translation>Outpost n&apos;a pas le droit d&apos;écrire dans la base de données ou dans son dossier (autorisation refusée).</translation>
    </message>
    <message>
        <source>The database file could not be opened.</source>
        <translation>Le fichier de la base de données n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>The database is busy. Try again in a moment.</source>
        <translation>La base de données est occupée. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database operation was cancelled.</source>
        <translation>L&apos;opération sur la base de données a été annulée.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database: %1.</source>
        <translation>La modification enfreint une règle de la base de données&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The disk reported an error while Outpost tried to %1.</source>
        <translation>Le disque a signalé une erreur alors qu&apos;Outpost tentait l&apos;opération “%1”.</translation>
    </message>
    <message>
        <source>The database could not %1: %2.</source>
        <translation>La base de données n&apos;a pas pu effectuer l&apos;opération “%1”&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Tesseract&apos;s %1 model is missing%2. Install the Debian package %3 (apt install %3).</source>
        <translation>Le modèle %1 de Tesseract est introuvable%2. Installez le paquet Debian %3 (apt install %3).</translation>
    </message>
    <message>
        <source>Reading the document was cancelled.</source>
        <translation>La lecture du document a été annulée.</translation>
    </message>
    <message>
        <source>Reading page %1 took longer than %2 s and was stopped.</source>
        <translation>La lecture de la page %1 a pris plus de %2 s et a été interrompue.</translation>
    </message>
    <message>
        <source>Tesseract could not read page %1.</source>
        <translation>Tesseract n&apos;a pas pu lire la page %1.</translation>
    </message>
    <message>
        <source>The page has no image to read.</source>
        <translation>La page n&apos;a pas d&apos;image à lire.</translation>
    </message>
    <message>
        <source>The page is too large to read.</source>
        <translation>La page est trop grande pour être lue.</translation>
    </message>
    <message>
        <source>Not enough memory to read the page.</source>
        <translation>Mémoire insuffisante pour lire la page.</translation>
    </message>
    <message>
        <source>This file is neither a supported image (PNG, JPEG, TIFF, BMP, WebP) nor a PDF.</source>
        <translation>Ce fichier n&apos;est ni une image prise en charge (PNG, JPEG, TIFF, BMP, WebP) ni un PDF.</translation>
    </message>
    <message>
        <source>The JPEG image is truncated.</source>
        <translation>L&apos;image JPEG est tronquée.</translation>
    </message>
    <message>
        <source>The image has %1 pages; at most %2 can be read.</source>
        <translation>L&apos;image comporte %1 pages&#xa0;; %2 au maximum peuvent être lues.</translation>
    </message>
    <message>
        <source>Page %1 of the image is empty (0 pixels).</source>
        <translation>La page %1 de l&apos;image est vide (0 pixel).</translation>
    </message>
    <message>
        <source>Page %1 of the image is %2×%3 pixels; at most %4 megapixels can be read.</source>
        <translation>La page %1 de l&apos;image mesure %2×%3 pixels&#xa0;; %4 mégapixels au maximum peuvent être lus.</translation>
    </message>
    <message>
        <source>Page %1 of the image cannot be decoded: the file is truncated or damaged.</source>
        <translation>La page %1 de l&apos;image ne peut pas être décodée&#xa0;: le fichier est tronqué ou endommagé.</translation>
    </message>
    <message>
        <source>Page %1 of the image is too large.</source>
        <translation>La page %1 de l&apos;image est trop grande.</translation>
    </message>
    <message>
        <source>The PDF is truncated.</source>
        <translation>Le PDF est tronqué.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password; save an unprotected copy and import that.</source>
        <translation>Le PDF est protégé par un mot de passe&#xa0;; enregistrez-en une copie non protégée et importez celle-ci.</translation>
    </message>
    <message>
        <source>The PDF cannot be read: it is truncated or damaged.</source>
        <translation>Le PDF est illisible&#xa0;: il est tronqué ou endommagé.</translation>
    </message>
    <message>
        <source>The PDF cannot be read: it has no pages.</source>
        <translation>Le PDF est illisible&#xa0;: il ne contient aucune page.</translation>
    </message>
    <message>
        <source>The PDF has %1 pages; at most %2 can be read.</source>
        <translation>Le PDF comporte %1 pages&#xa0;; %2 au maximum peuvent être lues.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF is empty.</source>
        <translation>La page %1 du PDF est vide.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF is too large to render.</source>
        <translation>La page %1 du PDF est trop grande pour être affichée.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF cannot be rendered.</source>
        <translation>La page %1 du PDF ne peut pas être affichée.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Le fichier &quot;%1&quot; n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be opened.</source>
        <translation>Le fichier &quot;%1&quot; ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The file is %1 MB; at most %2 MB can be read.</source>
        <translation>Le fichier fait %1 Mo&#xa0;; %2 Mo au maximum peuvent être lus.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The PDF cannot be read: it has no PDF header.</source>
        <translation>Le PDF est illisible&#xa0;: il n&apos;a pas d&apos;en-tête PDF.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::AuditModel</name>
    <message>
        <source>Enter a patient id for the report.</source>
        <translation>Saisissez un identifiant de patient pour le rapport.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::BackupController</name>
    <message>
        <source>Cancelled. No backup file was left behind.</source>
        <translation>Annulé. Aucun fichier de sauvegarde n&apos;a été laissé.</translation>
    </message>
    <message>
        <source>The disk is full. The unfinished backup was removed; free some space or choose another disk.</source>
        <translation>Le disque est plein. La sauvegarde inachevée a été supprimée ; libérez de la place ou choisissez un autre disque.</translation>
    </message>
    <message>
        <source>Wrong backup passphrase.</source>
        <translation>Phrase secrète de sauvegarde incorrecte.</translation>
    </message>
    <message>
        <source>The backup is damaged or incomplete and cannot be used. Try another backup.</source>
        <translation>La sauvegarde est endommagée ou incomplète et inutilisable. Essayez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>Outpost may not do this here: only admins manage backups, and the folder must be writable.</source>
        <translation>Outpost ne peut pas faire cela ici : seuls les administrateurs gèrent les sauvegardes, et le dossier doit être accessible en écriture.</translation>
    </message>
    <message>
        <source>The file or folder was not found. Is the disk connected?</source>
        <translation>Fichier ou dossier introuvable. Le disque est-il branché ?</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Choisissez une phrase secrète d&apos;au moins 8 caractères.</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>Choisissez où enregistrer la sauvegarde.</translation>
    </message>
    <message>
        <source>Backup saved to %1 (%2 MB). Keep the passphrase apart from the disk.</source>
        <translation>Sauvegarde enregistrée dans %1 (%2 Mo). Gardez la phrase secrète à part du disque.</translation>
    </message>
    <message>
        <source>Choose the backup file to check.</source>
        <translation>Choisissez le fichier de sauvegarde à vérifier.</translation>
    </message>
    <message>
        <source>The backup is intact: made %1, %2 patients.</source>
        <translation>La sauvegarde est intacte : faite le %1, %2 patients.</translation>
    </message>
    <message>
        <source>Choose the backup file and an empty folder to restore into.</source>
        <translation>Choisissez le fichier de sauvegarde et un dossier vide où restaurer.</translation>
    </message>
    <message>
        <source>Restored %1 patients into %2. Start Outpost with that data folder to use it.</source>
        <translation>%1 patients restaurés dans %2. Démarrez Outpost avec ce dossier de données pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Set a passphrase for the automatic backups.</source>
        <translation>Définissez une phrase secrète pour les sauvegardes automatiques.</translation>
    </message>
    <message>
        <source>Automatic backup settings saved.</source>
        <translation>Réglages des sauvegardes automatiques enregistrés.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué : %1</translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation>Choisissez le fichier de sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>Restored %1 patients. This clinic now holds the data of the backup: sign in again.</source>
        <translation>%1 patients restaurés. Cette clinique contient maintenant les données de la sauvegarde : reconnectez-vous.</translation>
    </message>
    <message>
        <source>The data that was here before is unchanged. Sign in again.</source>
        <translation>Les données précédentes sont inchangées. Reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ChartController</name>
    <message>
        <source>Age unknown</source>
        <translation>Âge inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s)</source>
        <translation>
            <numerusform>environ %n an</numerusform>
            <numerusform>environ %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Severe allergy: %1</source>
        <translation>Allergie sévère&#xa0;: %1</translation>
    </message>
    <message>
        <source>This record was merged into another one.</source>
        <translation>Ce dossier a été fusionné avec un autre.</translation>
    </message>
    <message>
        <source>The entry was marked as entered in error.</source>
        <translation>L&apos;entrée a été marquée comme saisie par erreur.</translation>
    </message>
    <message>
        <source>Emergency access granted for 30 minutes. It is recorded in the audit log.</source>
        <translation>Accès d&apos;urgence accordé pour 30 minutes. Il est consigné dans le journal d&apos;audit.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ClinicController</name>
    <message>
        <source>Outpost is locked.</source>
        <translation>Outpost est verrouillé.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Enter the clinic&apos;s name.</source>
        <translation>Saisissez le nom de la clinique.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Outpost recovery key for %1</source>
        <translation>Clé de récupération Outpost pour %1</translation>
    </message>
    <message>
        <source>Outpost recovery key</source>
        <translation>Clé de récupération Outpost</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Carte d&apos;identité nationale</translation>
    </message>
    <message>
        <source>Clinic number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Insurance number</source>
        <translation>Numéro d&apos;assurance</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>A backup is still using this clinic&apos;s data. Try again when it has finished.</source>
        <translation>Une sauvegarde utilise encore les données de cette clinique. Réessayez quand elle sera terminée.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::DocumentController</name>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Numéro du document</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <source>Reading page %1 of %2…</source>
        <translation>Lecture de la page %1 sur %2…</translation>
    </message>
    <message>
        <source>Choose a patient and a document kind first.</source>
        <translation>Choisissez d&apos;abord un patient et un type de document.</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>Lecture du document…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Reading the ID card…</source>
        <translation>Lecture de la pièce d&apos;identité…</translation>
    </message>
</context>
<context>
    <name>outpost::ui::DocumentModel</name>
    <message>
        <source>ID card</source>
        <translation>Pièce d&apos;identité</translation>
    </message>
    <message>
        <source>Insurance card</source>
        <translation>Carte d&apos;assurance</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>Lettre d&apos;adressage</translation>
    </message>
    <message>
        <source>Lab report</source>
        <translation>Résultats de laboratoire</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Autre document</translation>
    </message>
</context>
<context>
    <name>outpost::ui::NoteEditorController</name>
    <message>
        <source>Draft restored from %1.</source>
        <translation>Brouillon du %1 restauré.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Le brouillon n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>Brouillon enregistré à %1.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::QueueModel</name>
    <message>
        <source>Checked in.</source>
        <translation>Arrivée enregistrée.</translation>
    </message>
    <message>
        <source>Sent to the clinician.</source>
        <translation>Envoyé au praticien.</translation>
    </message>
    <message>
        <source>Visit marked done.</source>
        <translation>Consultation marquée comme terminée.</translation>
    </message>
    <message>
        <source>Marked as no-show.</source>
        <translation>Marqué comme absent.</translation>
    </message>
    <message>
        <source>Appointment cancelled.</source>
        <translation>Rendez-vous annulé.</translation>
    </message>
    <message>
        <source>Added to today&apos;s queue.</source>
        <translation>Ajouté à la file d&apos;attente du jour.</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>With clinician</source>
        <translation>Avec le praticien</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>outpost::ui::UsersModel</name>
    <message>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Choisissez un rôle.</translation>
    </message>
    <message>
        <source>User %1 was created.</source>
        <translation>L&apos;utilisateur %1 a été créé.</translation>
    </message>
    <message>
        <source>User %1 was disabled.</source>
        <translation>L&apos;utilisateur %1 a été désactivé.</translation>
    </message>
    <message>
        <source>User %1 was enabled with the new password.</source>
        <translation>L&apos;utilisateur %1 a été activé avec le nouveau mot de passe.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 est désormais&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Le mot de passe de %1 a été réinitialisé.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::Vitals</name>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Pouls</translation>
    </message>
    <message>
        <source>Systolic pressure</source>
        <translation>Pression systolique</translation>
    </message>
    <message>
        <source>Diastolic pressure</source>
        <translation>Pression diastolique</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>Fréquence respiratoire</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Taille</translation>
    </message>
</context>
</TS>
