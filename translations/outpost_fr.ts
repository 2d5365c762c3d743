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
