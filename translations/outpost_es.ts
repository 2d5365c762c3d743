<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Outpost</source>
        <translation>Acerca de Outpost</translation>
    </message>
    <message>
        <source>Outpost %1</source>
        <translation>Outpost %1</translation>
    </message>
    <message>
        <source>Local-first, encrypted clinic records.</source>
        <translation>Registros de la clínica cifrados y almacenados en local.</translation>
    </message>
    <message>
        <source>Built with Qt %1</source>
        <translation>Creado con Qt %1</translation>
    </message>
</context>
<context>
    <name>AdminUsersPage</name>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Crear usuario</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rol de %1</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer la contraseña</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>Activar a %1</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Restablecer la contraseña de %1</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Exact, or a prefix such as patient.</source>
        <translation>Valor exacto, o un prefijo como patient.</translation>
    </message>
    <message>
        <source>Patient id</source>
        <translation>ID del paciente</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Every access to this patient</source>
        <translation>Todos los accesos a este paciente</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Eventos de auditoría</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Show older events</source>
        <translation>Mostrar eventos anteriores</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Export backup</source>
        <translation>Exportar copia de seguridad</translation>
    </message>
    <message>
        <source>Verify backup</source>
        <translation>Verificar copia de seguridad</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>The whole clinic is written to one encrypted file. Without the passphrase nobody can read it, and nobody can restore it: keep the passphrase apart from the disk.</source>
        <translation>Toda la clínica se escribe en un único archivo cifrado. Sin la frase de contraseña nadie puede leerlo ni restaurarlo: guarde la frase lejos del disco.</translation>
    </message>
    <message>
        <source>Checks the whole file without restoring anything.</source>
        <translation>Comprueba todo el archivo sin restaurar nada.</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Guardar la copia como</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Elegir el archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Empty folder for the restored data</source>
        <translation>Carpeta vacía para los datos restaurados</translation>
    </message>
    <message>
        <source>Choose the folder to restore into</source>
        <translation>Elegir la carpeta donde restaurar</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Outpost backups (*.outpostbackup)</source>
        <translation>Copias de seguridad de Outpost (*.outpostbackup)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Exporting the backup…</source>
        <translation>Exportando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Comprobando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Outpost goes on working; other screens wait until this is done.</source>
        <translation>Outpost sigue funcionando; las demás pantallas esperan a que termine.</translation>
    </message>
    <message>
        <source>Restores into an empty folder as a new data folder, or replaces this clinic&apos;s data. The clinic&apos;s users sign in with the passwords they had when the backup was made.</source>
        <translation>Restaura en una carpeta vacía como nueva carpeta de datos, o reemplaza los datos de esta clínica. Los usuarios de la clínica inician sesión con las contraseñas que tenían cuando se hizo la copia.</translation>
    </message>
    <message>
        <source>Into a new, empty folder</source>
        <translation>En una carpeta nueva y vacía</translation>
    </message>
    <message>
        <source>Replace this clinic&apos;s data</source>
        <translation>Reemplazar los datos de esta clínica</translation>
    </message>
    <message>
        <source>Replace this clinic&apos;s data?</source>
        <translation>¿Reemplazar los datos de esta clínica?</translation>
    </message>
    <message>
        <source>Replace the data</source>
        <translation>Reemplazar los datos</translation>
    </message>
    <message>
        <source>Everything recorded in %1 since this backup was made will be lost: patients registered, notes, check-ins, documents and user changes. Everyone is signed out. The current data is kept until the restored copy has been checked, and put back if the restore fails.</source>
        <translation>Se perderá todo lo registrado en %1 desde que se hizo esta copia: pacientes registrados, notas, llegadas, documentos y cambios de usuarios. Se cierra la sesión de todos. Los datos actuales se conservan hasta comprobar la copia restaurada y se recuperan si la restauración falla.</translation>
    </message>
    <message>
        <source>The backup is a snapshot of this moment. Cancel leaves no file behind.</source>
        <translation>La copia es una instantánea de este momento. Cancelar no deja ningún archivo.</translation>
    </message>
    <message>
        <source>Every part of the file is checked; this clinic&apos;s data is not touched.</source>
        <translation>Se comprueba cada parte del archivo; los datos de esta clínica no se modifican.</translation>
    </message>
    <message>
        <source>The backup goes into the folder you chose; this clinic&apos;s data is not touched.</source>
        <translation>La copia se restaura en la carpeta elegida; los datos de esta clínica no se modifican.</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>Cancelar la comprobación</translation>
    </message>
    <message>
        <source>Cancel restore</source>
        <translation>Cancelar la restauración</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Automatic backups</source>
        <translation>Copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>Last good backup: %1.</source>
        <translation>Última copia correcta: %1.</translation>
    </message>
    <message>
        <source>No automatic backup has been made yet.</source>
        <translation>Todavía no se ha hecho ninguna copia automática.</translation>
    </message>
    <message>
        <source>Warning: there has been no good backup for more than %1 days. Check the backup disk.</source>
        <translation>Atención: no hay ninguna copia correcta desde hace más de %1 días. Revise el disco de copias.</translation>
    </message>
    <message>
        <source>The last attempt failed: %1</source>
        <translation>El último intento falló: %1</translation>
    </message>
    <message>
        <source>Back up every day</source>
        <translation>Hacer una copia cada día</translation>
    </message>
    <message>
        <source>Backup folder (a USB disk or network share)</source>
        <translation>Carpeta de copias (disco USB o recurso de red)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Elegir la carpeta de copias</translation>
    </message>
    <message>
        <source>Time of day (hour, minute)</source>
        <translation>Hora del día (hora, minuto)</translation>
    </message>
    <message>
        <source>Backup hour</source>
        <translation>Hora de la copia</translation>
    </message>
    <message>
        <source>Backup minute</source>
        <translation>Minuto de la copia</translation>
    </message>
    <message>
        <source>Keep daily backups</source>
        <translation>Copias diarias que se conservan</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Número de copias diarias conservadas</translation>
    </message>
    <message>
        <source>Keep weekly backups</source>
        <translation>Copias semanales que se conservan</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Número de copias semanales conservadas</translation>
    </message>
    <message>
        <source>Keep monthly backups</source>
        <translation>Copias mensuales que se conservan</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>Número de copias mensuales conservadas</translation>
    </message>
    <message>
        <source>Warn after this many days without a good backup</source>
        <translation>Avisar tras este número de días sin una copia correcta</translation>
    </message>
    <message>
        <source>Days before the warning</source>
        <translation>Días antes del aviso</translation>
    </message>
    <message>
        <source>New passphrase for automatic backups (leave empty to keep it)</source>
        <translation>Nueva frase de contraseña de las copias automáticas (déjela vacía para conservarla)</translation>
    </message>
    <message>
        <source>Passphrase for automatic backups</source>
        <translation>Frase de contraseña de las copias automáticas</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>Save backup settings</source>
        <translation>Guardar la configuración de copias</translation>
    </message>
</context>
<context>
    <name>ComponentGallery</name>
    <message>
        <source>Patient record saved.</source>
        <translation>Historia clínica guardada.</translation>
    </message>
    <message>
        <source>The backup could not be written: the disk is full.</source>
        <translation>No se pudo escribir la copia de seguridad: el disco está lleno.</translation>
    </message>
    <message>
        <source>Outpost components — %1 theme</source>
        <translation>Componentes de Outpost — tema %1</translation>
    </message>
    <message>
        <source>Colour roles and type scale</source>
        <translation>Roles de color y escala tipográfica</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Destacado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>%1 %2 px</source>
        <translation>%1 %2 px</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Botones</translation>
    </message>
    <message>
        <source>Register patient</source>
        <translation>Registrar paciente</translation>
    </message>
    <message>
        <source>Secondary, keyboard focus</source>
        <translation>Secundario, foco del teclado</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <source>Primary, disabled</source>
        <translation>Principal, desactivado</translation>
    </message>
    <message>
        <source>Secondary, disabled</source>
        <translation>Secundario, desactivado</translation>
    </message>
    <message>
        <source>Space, Enter and Return activate the focused button; the ring shows keyboard focus.</source>
        <translation>Espacio, Intro y Retorno activan el botón con el foco; el anillo indica el foco del teclado.</translation>
    </message>
    <message>
        <source>Search field</source>
        <translation>Campo de búsqueda</translation>
    </message>
    <message>
        <source>Name, date of birth, clinic number or phone</source>
        <translation>Nombre, fecha de nacimiento, número de historia o teléfono</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>Buscar paciente</translation>
    </message>
    <message>
        <source>müller 1984</source>
        <translation>müller 1984</translation>
    </message>
    <message>
        <source>Results update as you type; Escape or × clears; Down moves to the results.</source>
        <translation>Los resultados se actualizan mientras escribe; Esc o × borra; Abajo lleva a los resultados.</translation>
    </message>
    <message>
        <source>Text fields</source>
        <translation>Campos de texto</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>As on the ID card</source>
        <translation>Como en el documento de identidad</translation>
    </message>
    <message>
        <source>Accents are kept: Müller stays Müller.</source>
        <translation>Se conservan los acentos: Müller sigue siendo Müller.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>+33 6 12</source>
        <translation>+33 6 12</translation>
    </message>
    <message>
        <source>This phone number is too short.</source>
        <translation>Este número de teléfono es demasiado corto.</translation>
    </message>
    <message>
        <source>Clinic number</source>
        <translation>Número de historia</translation>
    </message>
    <message>
        <source>C-000184</source>
        <translation>C-000184</translation>
    </message>
    <message>
        <source>Given by Outpost; it cannot be changed.</source>
        <translation>Lo asigna Outpost; no se puede cambiar.</translation>
    </message>
    <message>
        <source>Date field</source>
        <translation>Campo de fecha</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
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
        <translation>Filas de lista</translation>
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
        <translation>Llegó a las 09:12</translation>
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
        <translation>Cita a las 10:30</translation>
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
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Today&apos;s queue</source>
        <translation>Lista de espera de hoy</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>With clinician</source>
        <translation>Con el facultativo</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Con cita</translation>
    </message>
    <message>
        <source>Nguyen, Lan</source>
        <translation>Nguyen, Lan</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No acudió</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>No patients yet</source>
        <translation>Todavía no hay pacientes</translation>
    </message>
    <message>
        <source>Register the first patient, or restore a backup from the File menu.</source>
        <translation>Registre el primer paciente o restaure una copia de seguridad desde el menú Archivo.</translation>
    </message>
    <message>
        <source>Dialog and toasts</source>
        <translation>Diálogo y notificaciones</translation>
    </message>
    <message>
        <source>Delete this draft?</source>
        <translation>¿Eliminar este borrador?</translation>
    </message>
    <message>
        <source>The unsigned note for Anna Müller will be removed. Signed notes are kept.</source>
        <translation>Se eliminará la nota sin firmar de Anna Müller. Las notas firmadas se conservan.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Progress overlay</source>
        <translation>Indicador de progreso</translation>
    </message>
    <message>
        <source>Exporting backup…</source>
        <translation>Exportando la copia de seguridad…</translation>
    </message>
    <message>
        <source>12,400 of 31,000 records</source>
        <translation>12.400 de 31.000 registros</translation>
    </message>
    <message>
        <source>Opening the clinic database…</source>
        <translation>Abriendo la base de datos de la clínica…</translation>
    </message>
    <message>
        <source>Page content under the overlay</source>
        <translation>Contenido de la página bajo el indicador</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Comprobando la copia de seguridad…</translation>
    </message>
    <message>
        <source>The page stays usable.</source>
        <translation>La página sigue disponible.</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Enter a date.</source>
        <translation>Introduzca una fecha.</translation>
    </message>
    <message>
        <source>Enter the year with four digits, for example 1984.</source>
        <translation>Introduzca el año con cuatro cifras, por ejemplo 1984.</translation>
    </message>
    <message>
        <source>This date does not exist. Check the day and the month.</source>
        <translation>Esta fecha no existe. Compruebe el día y el mes.</translation>
    </message>
    <message>
        <source>Enter a date as day/month/year, for example 12/03/1984.</source>
        <translation>Introduzca la fecha como día/mes/año, por ejemplo 12/03/1984.</translation>
    </message>
    <message>
        <source>Enter a date as month/day/year, for example 03/12/1984.</source>
        <translation>Introduzca la fecha como mes/día/año, por ejemplo 03/12/1984.</translation>
    </message>
    <message>
        <source>Enter a date on or after %1.</source>
        <translation>Introduzca una fecha igual o posterior al %1.</translation>
    </message>
    <message>
        <source>Enter a date on or before %1.</source>
        <translation>Introduzca una fecha igual o anterior al %1.</translation>
    </message>
    <message>
        <source>Day/month/year, for example 12/03/1984.</source>
        <translation>Día/mes/año, por ejemplo 12/03/1984.</translation>
    </message>
    <message>
        <source>Month/day/year, for example 03/12/1984.</source>
        <translation>Mes/día/año, por ejemplo 03/12/1984.</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Se interpreta como %1.</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/aaaa</translation>
    </message>
    <message>
        <source>mm/dd/yyyy</source>
        <translation>mm/dd/aaaa</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>Ajustar la página al ancho</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the document</source>
        <translation>Cerrar el documento</translation>
    </message>
    <message>
        <source>Find in this document</source>
        <translation>Buscar en este documento</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) on this page</source>
        <translation>
            <numerusform>%n coincidencia en esta página</numerusform>
            <numerusform>%n coincidencias en esta página</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Document stored.</source>
        <translation>Documento guardado.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>Importación cancelada; no se guardó nada.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import a document</source>
        <translation>Importar un documento</translation>
    </message>
    <message>
        <source>Search in documents</source>
        <translation>Buscar en los documentos</translation>
    </message>
    <message>
        <source>Search in this patient&apos;s documents</source>
        <translation>Buscar en los documentos de este paciente</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1, página %2</translation>
    </message>
    <message>
        <source>Match in %1, page %2: %3</source>
        <translation>Coincidencia en %1, página %2: %3</translation>
    </message>
    <message>
        <source>No documents yet. Drop scans or PDFs here, or choose Import…</source>
        <translation>Aún no hay documentos. Suelte aquí escaneos o PDF, o elija Importar…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n page(s) · added by %2 on %3</source>
        <translation>
            <numerusform>%1 · %n página · añadido por %2 el %3</numerusform>
            <numerusform>%1 · %n páginas · añadido por %2 el %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Scans and PDFs (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)</source>
        <translation>Escaneos y PDF (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)</translation>
    </message>
    <message>
        <source>What is this document?</source>
        <translation>¿Qué documento es?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be read with text recognition and stored encrypted.</source>
        <translation>
            <numerusform>%n archivo se leerá con reconocimiento de texto y se guardará cifrado.</numerusform>
            <numerusform>%n archivos se leerán con reconocimiento de texto y se guardarán cifrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Document kind</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>Importing a document</source>
        <translation>Importando un documento</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Outpost</source>
        <translation>Bienvenido a Outpost</translation>
    </message>
    <message>
        <source>This computer does not hold a clinic database yet. Outpost keeps all of the clinic&apos;s records here, encrypted, and works without a network.</source>
        <translation>Este equipo todavía no contiene ninguna base de datos de la clínica. Outpost guarda aquí todos los registros de la clínica, cifrados, y funciona sin red.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>Abrir la carpeta de registros</translation>
    </message>
</context>
<context>
    <name>IdScanDialog</name>
    <message>
        <source>Check the fields read from the card</source>
        <translation>Compruebe los campos leídos de la tarjeta</translation>
    </message>
    <message>
        <source>Fill confirmed fields</source>
        <translation>Rellenar los campos confirmados</translation>
    </message>
    <message>
        <source>Compare each value with the card. Tick the ones that are right; only those are filled in.</source>
        <translation>Compare cada valor con la tarjeta. Marque los correctos; solo esos se rellenan.</translation>
    </message>
    <message>
        <source>No fields could be read from this card. Type them in by hand.</source>
        <translation>No se pudo leer ningún campo de esta tarjeta. Escríbalos a mano.</translation>
    </message>
    <message>
        <source>Use %1: %2</source>
        <translation>Usar %1: %2</translation>
    </message>
    <message>
        <source>Confidence %1 % · check digits hold</source>
        <translation>Confianza %1 % · dígitos de control válidos</translation>
    </message>
    <message>
        <source>Confidence %1 % · not verified</source>
        <translation>Confianza %1 % · sin verificar</translation>
    </message>
    <message>
        <source>Where %1 was read on the card</source>
        <translation>Dónde se leyó %1 en la tarjeta</translation>
    </message>
</context>
<context>
    <name>LabeledTextField</name>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatorio)</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Locked by %1</source>
        <translation>Bloqueado por %1</translation>
    </message>
    <message>
        <source>Log in to %1</source>
        <translation>Iniciar sesión en %1</translation>
    </message>
    <message>
        <source>Outpost</source>
        <translation>Outpost</translation>
    </message>
    <message>
        <source>Enter your password to go on where you left off.</source>
        <translation>Introduzca su contraseña para continuar donde lo dejó.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Volver a %1</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Cambiar de usuario</translation>
    </message>
    <message>
        <source>Checking the password</source>
        <translation>Comprobando la contraseña</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>&amp;About Outpost</source>
        <translation>&amp;Acerca de Outpost</translation>
    </message>
    <message>
        <source>%1 — Outpost</source>
        <translation>%1 — Outpost</translation>
    </message>
    <message>
        <source>&amp;New Patient</source>
        <translation>&amp;Nuevo paciente</translation>
    </message>
    <message>
        <source>&amp;Find Patient</source>
        <translation>&amp;Buscar paciente</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>B&amp;loquear</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>Text &amp;Size</source>
        <translation>Tamaño del te&amp;xto</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>A&amp;dministración</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>Registro de &amp;auditoría</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>Buscar paciente</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Move through search results</source>
        <translation>Recorrer los resultados de búsqueda</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Open the patient</source>
        <translation>Abrir el paciente</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the search, close a dialog</source>
        <translation>Borrar la búsqueda, cerrar un diálogo</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>&amp;Export Backup…</source>
        <translation>&amp;Exportar copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Verify Backup…</source>
        <translation>&amp;Verificar copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Restore Backup…</source>
        <translation>&amp;Restaurar copia de seguridad…</translation>
    </message>
</context>
<context>
    <name>ModalDialog</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
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
        <translation>Rectificar la nota</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>Subjective</source>
        <translation>Subjetivo</translation>
    </message>
    <message>
        <source>What the patient reports</source>
        <translation>Lo que refiere el paciente</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Examination and measurements</source>
        <translation>Exploración y mediciones</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Diagnosis or impression</source>
        <translation>Diagnóstico o impresión</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Treatment, tests, follow-up</source>
        <translation>Tratamiento, pruebas, seguimiento</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Motivo de la rectificación</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation>Guardar rectificación</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Descartar borrador</translation>
    </message>
</context>
<context>
    <name>PatientChartPage</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Vitals</source>
        <translation>Constantes vitales</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Alergia</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Patient chart</source>
        <translation>Historia clínica</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Sin alergias conocidas</translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation>Alergias: %1</translation>
    </message>
    <message>
        <source>Reason for emergency access</source>
        <translation>Motivo del acceso de emergencia</translation>
    </message>
    <message>
        <source>At least 10 characters. Recorded in the audit log.</source>
        <translation>Al menos 10 caracteres. Queda anotado en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Open in an emergency</source>
        <translation>Abrir con acceso de emergencia</translation>
    </message>
    <message>
        <source>Chart sections</source>
        <translation>Secciones de la historia clínica</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>Access history</source>
        <translation>Historial de accesos</translation>
    </message>
    <message>
        <source>Active problems</source>
        <translation>Problemas activos</translation>
    </message>
    <message>
        <source>No active problems</source>
        <translation>Sin problemas activos</translation>
    </message>
    <message>
        <source>Active medications</source>
        <translation>Medicación activa</translation>
    </message>
    <message>
        <source>No active medications</source>
        <translation>Sin medicación activa</translation>
    </message>
    <message>
        <source>Latest vitals</source>
        <translation>Últimas constantes vitales</translation>
    </message>
    <message>
        <source>No vitals recorded</source>
        <translation>No hay constantes vitales registradas</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Rectificado</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <source>No encounters yet</source>
        <translation>Todavía no hay consultas</translation>
    </message>
    <message>
        <source>Notes and vitals recorded at a visit appear here.</source>
        <translation>Aquí aparecen las notas y las constantes vitales registradas en una consulta.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>amended: %1</source>
        <translation>rectificado: %1</translation>
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
        <translation>Historial</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Rectificar</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>Introducido por error</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Mark as entered in error</source>
        <translation>Marcar como introducido por error</translation>
    </message>
    <message>
        <source>Mark in error</source>
        <translation>Marcar como erróneo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Entry history</source>
        <translation>Historial de la entrada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Rectificación</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>motivo: %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
</context>
<context>
    <name>PatientSummaryPage</name>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No consta</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the front desk</source>
        <translation>Volver a recepción</translation>
    </message>
    <message>
        <source>Add to today&apos;s queue</source>
        <translation>Añadir a la lista de espera de hoy</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>about %1 (estimated)</source>
        <translation>aprox. %1 (estimada)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Clinical notes are visible to clinicians only.</source>
        <translation>Las notas clínicas solo son visibles para los facultativos.</translation>
    </message>
</context>
<context>
    <name>ProgressOverlay</name>
    <message>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
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
        <translation>mujer</translation>
    </message>
    <message>
        <source>male</source>
        <translation>hombre</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>by identifier</source>
        <translation>por identificador</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>por teléfono</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>por nombre</translation>
    </message>
    <message>
        <source>by date of birth</source>
        <translation>por fecha de nacimiento</translation>
    </message>
    <message>
        <source>Name, date of birth, phone or ID</source>
        <translation>Nombre, fecha de nacimiento, teléfono o identificador</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>Buscar paciente</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <source>Recent patients</source>
        <translation>Pacientes recientes</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <source>More than %n patients match: type more to narrow down.</source>
        <translation>
            <numerusform>Coincide más de %n paciente: escriba más para acotar la búsqueda.</numerusform>
            <numerusform>Coinciden más de %n pacientes: escriba más para acotar la búsqueda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) found</source>
        <translation>
            <numerusform>%n paciente encontrado</numerusform>
            <numerusform>%n pacientes encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>born about %1</source>
        <translation>nac. aprox. %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>nac. %1</translation>
    </message>
    <message>
        <source>No recent patients</source>
        <translation>No hay pacientes recientes</translation>
    </message>
    <message>
        <source>No patient found</source>
        <translation>No se encontró ningún paciente</translation>
    </message>
    <message>
        <source>Patients you open appear here. Type a name, a date of birth, a phone number or an ID to search.</source>
        <translation>Aquí aparecen los pacientes que abra. Para buscar, escriba un nombre, una fecha de nacimiento, un número de teléfono o un identificador.</translation>
    </message>
    <message>
        <source>Check the spelling, try part of the name, or register a new patient.</source>
        <translation>Compruebe la ortografía, pruebe con parte del nombre o registre un paciente nuevo.</translation>
    </message>
    <message>
        <source>Today&apos;s queue</source>
        <translation>Lista de espera de hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registrar llegada</translation>
    </message>
    <message>
        <source>Send in</source>
        <translation>Hacer pasar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>No set time</source>
        <translation>Sin hora fija</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>More actions for %1</source>
        <translation>Más acciones para %1</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No acudió</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Cancelar la cita</translation>
    </message>
    <message>
        <source>Nobody in the queue</source>
        <translation>No hay nadie en la lista de espera</translation>
    </message>
    <message>
        <source>Booked and walk-in patients for today appear here.</source>
        <translation>Aquí aparecen los pacientes de hoy, con o sin cita.</translation>
    </message>
    <message>
        <source>matched in a document</source>
        <translation>encontrado en un documento</translation>
    </message>
</context>
<context>
    <name>RecoveryKeySheet</name>
    <message>
        <source>Outpost recovery key</source>
        <translation>Clave de recuperación de Outpost</translation>
    </message>
    <message>
        <source>Clinic: %1</source>
        <translation>Clínica: %1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>Impresa: %1</translation>
    </message>
    <message>
        <source>With this key anyone can open the clinic&apos;s records, and without it a forgotten admin password cannot be reset. Keep this sheet locked away from the computer, for example in the clinic&apos;s safe. Do not photograph it or store it on the computer.</source>
        <translation>Con esta clave cualquiera puede abrir los registros de la clínica, y sin ella no se puede restablecer una contraseña de administrador olvidada. Guarde esta hoja bajo llave, lejos del ordenador, por ejemplo en la caja fuerte de la clínica. No la fotografíe ni la guarde en el ordenador.</translation>
    </message>
    <message>
        <source>To use it: Outpost → sign-in screen, or outpostctl unlock-with-recovery-key.</source>
        <translation>Para usarla: Outpost → pantalla de inicio de sesión, o outpostctl unlock-with-recovery-key.</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>A family name or a given name is needed.</source>
        <translation>Se necesita un apellido o un nombre.</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <source>Middle names, patronymic, name at birth.</source>
        <translation>Segundos nombres, patronímico, nombre de nacimiento.</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No consta</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>The date is an estimate</source>
        <translation>La fecha es aproximada</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Identifier kind</source>
        <translation>Tipo de identificador</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>This patient may already be registered</source>
        <translation>Es posible que este paciente ya esté registrado</translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>Registrar de todos modos</translation>
    </message>
    <message>
        <source>Check that none of these is the same person. Open the existing record instead if one is.</source>
        <translation>Compruebe que ninguno de ellos es la misma persona. Si alguno lo es, abra su historia clínica existente.</translation>
    </message>
    <message>
        <source>%1, born %2 (%3)</source>
        <translation>%1, nac. %2 (%3)</translation>
    </message>
    <message>
        <source>Why is this a different person?</source>
        <translation>¿Por qué se trata de otra persona?</translation>
    </message>
    <message>
        <source>Scan ID card…</source>
        <translation>Escanear documento de identidad…</translation>
    </message>
    <message>
        <source>Scan an ID card or passport to propose the fields</source>
        <translation>Escanear un documento de identidad o pasaporte para proponer los campos</translation>
    </message>
    <message>
        <source>Scan ID card</source>
        <translation>Escanear documento de identidad</translation>
    </message>
    <message>
        <source>Scans and PDFs (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)</source>
        <translation>Escaneos y PDF (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)</translation>
    </message>
    <message>
        <source>Reading the ID card</source>
        <translation>Leyendo el documento de identidad</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Language, theme and text size apply to this computer and take effect at once.</source>
        <translation>El idioma, el tema y el tamaño del texto se aplican a este equipo y surten efecto de inmediato.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Lock the screen after this many minutes without input</source>
        <translation>Bloquear la pantalla tras estos minutos sin actividad</translation>
    </message>
    <message>
        <source>Applies to every user of this clinic, from 1 to 240 minutes.</source>
        <translation>Se aplica a todos los usuarios de esta clínica, de 1 a 240 minutos.</translation>
    </message>
    <message>
        <source>Auto-lock minutes</source>
        <translation>Minutos hasta el bloqueo automático</translation>
    </message>
    <message>
        <source>Save auto-lock</source>
        <translation>Guardar el bloqueo automático</translation>
    </message>
    <message>
        <source>Auto-lock saved.</source>
        <translation>Bloqueo automático guardado.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Enter the clinic&apos;s name.</source>
        <translation>Introduzca el nombre de la clínica.</translation>
    </message>
    <message>
        <source>Set up your clinic</source>
        <translation>Configure su clínica</translation>
    </message>
    <message>
        <source>Step %1 of 3</source>
        <translation>Paso %1 de 3</translation>
    </message>
    <message>
        <source>Outpost keeps the clinic&apos;s records on this computer, encrypted, in %1.</source>
        <translation>Outpost guarda los registros de la clínica en este equipo, cifrados, en %1.</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>The first user manages the clinic: other users, backups and settings.</source>
        <translation>El primer usuario administra la clínica: otros usuarios, copias de seguridad y configuración.</translation>
    </message>
    <message>
        <source>Admin user name</source>
        <translation>Nombre de usuario del administrador</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>At least 10 characters; a few unrelated words work well.</source>
        <translation>Al menos 10 caracteres; unas cuantas palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>This recovery key opens the clinic&apos;s records if every password is lost. Outpost shows it only now and does not keep it. Write it down or save it, and keep it locked away from this computer.</source>
        <translation>Esta clave de recuperación abre los registros de la clínica si se pierden todas las contraseñas. Outpost solo la muestra ahora y no la guarda. Anótela o guárdela, y consérvela bajo llave, lejos de este equipo.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>Copiar la clave de recuperación</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe, then clear the clipboard.</source>
        <translation>Copiada. Péguela en un lugar seguro y después vacíe el portapapeles.</translation>
    </message>
    <message>
        <source>Save as text file…</source>
        <translation>Guardar como archivo de texto…</translation>
    </message>
    <message>
        <source>Saved to %1. Move it to a USB stick and delete it here.</source>
        <translation>Guardado en %1. Mueva el archivo a una memoria USB y elimínelo de aquí.</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation>No se pudo guardar el archivo.</translation>
    </message>
    <message>
        <source>I have written it down or saved it</source>
        <translation>La he anotado o guardado</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Creating the encrypted database</source>
        <translation>Creando la base de datos cifrada</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Create clinic</source>
        <translation>Crear la clínica</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
    <message>
        <source>Sent to the printer. Keep the sheet away from this computer.</source>
        <translation>Enviada a la impresora. Guarde la hoja lejos de este ordenador.</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>outpost::ui::AuditModel</name>
    <message>
        <source>Enter a patient id for the report.</source>
        <translation>Introduzca un ID de paciente para el informe.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::BackupController</name>
    <message>
        <source>Cancelled. No backup file was left behind.</source>
        <translation>Cancelado. No ha quedado ningún archivo de copia.</translation>
    </message>
    <message>
        <source>The disk is full. The unfinished backup was removed; free some space or choose another disk.</source>
        <translation>El disco está lleno. Se eliminó la copia sin terminar; libere espacio o elija otro disco.</translation>
    </message>
    <message>
        <source>Wrong backup passphrase.</source>
        <translation>Frase de contraseña de la copia incorrecta.</translation>
    </message>
    <message>
        <source>The backup is damaged or incomplete and cannot be used. Try another backup.</source>
        <translation>La copia está dañada o incompleta y no se puede usar. Pruebe con otra copia.</translation>
    </message>
    <message>
        <source>Outpost may not do this here: only admins manage backups, and the folder must be writable.</source>
        <translation>Outpost no puede hacer esto aquí: solo los administradores gestionan las copias y la carpeta debe admitir escritura.</translation>
    </message>
    <message>
        <source>The file or folder was not found. Is the disk connected?</source>
        <translation>No se encontró el archivo o la carpeta. ¿Está conectado el disco?</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Elija una frase de contraseña de al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>Elija dónde guardar la copia.</translation>
    </message>
    <message>
        <source>Backup saved to %1 (%2 MB). Keep the passphrase apart from the disk.</source>
        <translation>Copia guardada en %1 (%2 MB). Guarde la frase de contraseña lejos del disco.</translation>
    </message>
    <message>
        <source>Choose the backup file to check.</source>
        <translation>Elija el archivo de copia que desea comprobar.</translation>
    </message>
    <message>
        <source>The backup is intact: made %1, %2 patients.</source>
        <translation>La copia está intacta: hecha el %1, %2 pacientes.</translation>
    </message>
    <message>
        <source>Choose the backup file and an empty folder to restore into.</source>
        <translation>Elija el archivo de copia y una carpeta vacía donde restaurar.</translation>
    </message>
    <message>
        <source>Restored %1 patients into %2. Start Outpost with that data folder to use it.</source>
        <translation>%1 pacientes restaurados en %2. Inicie Outpost con esa carpeta de datos para usarla.</translation>
    </message>
    <message>
        <source>Set a passphrase for the automatic backups.</source>
        <translation>Defina una frase de contraseña para las copias automáticas.</translation>
    </message>
    <message>
        <source>Automatic backup settings saved.</source>
        <translation>Configuración de copias automáticas guardada.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>La copia automática falló: %1</translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation>Elija el archivo de copia que desea restaurar.</translation>
    </message>
    <message>
        <source>Restored %1 patients. This clinic now holds the data of the backup: sign in again.</source>
        <translation>%1 pacientes restaurados. Esta clínica tiene ahora los datos de la copia: inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>The data that was here before is unchanged. Sign in again.</source>
        <translation>Los datos anteriores no han cambiado. Inicie sesión de nuevo.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ChartController</name>
    <message>
        <source>Age unknown</source>
        <translation>Edad desconocida</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s)</source>
        <translation>
            <numerusform>aprox. %n año</numerusform>
            <numerusform>aprox. %n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <source>Severe allergy: %1</source>
        <translation>Alergia grave: %1</translation>
    </message>
    <message>
        <source>This record was merged into another one.</source>
        <translation>Esta historia clínica se fusionó con otra.</translation>
    </message>
    <message>
        <source>The entry was marked as entered in error.</source>
        <translation>La entrada se marcó como introducida por error.</translation>
    </message>
    <message>
        <source>Emergency access granted for 30 minutes. It is recorded in the audit log.</source>
        <translation>Acceso de emergencia concedido durante 30 minutos. Queda anotado en el registro de auditoría.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ClinicController</name>
    <message>
        <source>Outpost is locked.</source>
        <translation>Outpost está bloqueado.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Enter the clinic&apos;s name.</source>
        <translation>Introduzca el nombre de la clínica.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Introduzca su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
    <message>
        <source>Outpost recovery key for %1</source>
        <translation>Clave de recuperación de Outpost para %1</translation>
    </message>
    <message>
        <source>Outpost recovery key</source>
        <translation>Clave de recuperación de Outpost</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Documento de identidad</translation>
    </message>
    <message>
        <source>Clinic number</source>
        <translation>Número de historia</translation>
    </message>
    <message>
        <source>Insurance number</source>
        <translation>Número de seguro</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <source>A backup is still using this clinic&apos;s data. Try again when it has finished.</source>
        <translation>Una copia todavía está usando los datos de esta clínica. Vuelva a intentarlo cuando haya terminado.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::DocumentController</name>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Número de documento</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Fecha de caducidad</translation>
    </message>
    <message>
        <source>Reading page %1 of %2…</source>
        <translation>Leyendo la página %1 de %2…</translation>
    </message>
    <message>
        <source>Choose a patient and a document kind first.</source>
        <translation>Elija primero un paciente y un tipo de documento.</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>Leyendo el documento…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Reading the ID card…</source>
        <translation>Leyendo el documento de identidad…</translation>
    </message>
</context>
<context>
    <name>outpost::ui::DocumentModel</name>
    <message>
        <source>ID card</source>
        <translation>Documento de identidad</translation>
    </message>
    <message>
        <source>Insurance card</source>
        <translation>Tarjeta del seguro</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>Carta de derivación</translation>
    </message>
    <message>
        <source>Lab report</source>
        <translation>Informe de laboratorio</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Otro documento</translation>
    </message>
</context>
<context>
    <name>outpost::ui::NoteEditorController</name>
    <message>
        <source>Draft restored from %1.</source>
        <translation>Se ha restaurado el borrador del %1.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>No se pudo guardar el borrador: %1</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>Borrador guardado a las %1.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::QueueModel</name>
    <message>
        <source>Checked in.</source>
        <translation>Llegada registrada.</translation>
    </message>
    <message>
        <source>Sent to the clinician.</source>
        <translation>Enviado al facultativo.</translation>
    </message>
    <message>
        <source>Visit marked done.</source>
        <translation>Consulta marcada como finalizada.</translation>
    </message>
    <message>
        <source>Marked as no-show.</source>
        <translation>Marcado como «No acudió».</translation>
    </message>
    <message>
        <source>Appointment cancelled.</source>
        <translation>Cita cancelada.</translation>
    </message>
    <message>
        <source>Added to today&apos;s queue.</source>
        <translation>Añadido a la lista de espera de hoy.</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Con cita</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>With clinician</source>
        <translation>Con el facultativo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No acudió</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>outpost::ui::UsersModel</name>
    <message>
        <source>Reception</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Facultativo</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Elija un rol.</translation>
    </message>
    <message>
        <source>User %1 was created.</source>
        <translation>Se ha creado el usuario %1.</translation>
    </message>
    <message>
        <source>User %1 was disabled.</source>
        <translation>Se ha desactivado el usuario %1.</translation>
    </message>
    <message>
        <source>User %1 was enabled with the new password.</source>
        <translation>Se ha activado el usuario %1 con la nueva contraseña.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 ahora es: %2.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Se ha restablecido la contraseña de %1.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::Vitals</name>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Pulso</translation>
    </message>
    <message>
        <source>Systolic pressure</source>
        <translation>Presión sistólica</translation>
    </message>
    <message>
        <source>Diastolic pressure</source>
        <translation>Presión diastólica</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>Frecuencia respiratoria</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Talla</translation>
    </message>
</context>
</TS>
