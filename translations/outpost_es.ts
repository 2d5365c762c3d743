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
    <name>outpost::CoreText</name>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation>La contraseña es demasiado corta: use al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>This password is one of the most commonly used ones. Choose another.</source>
        <translation>Esta contraseña es una de las más utilizadas. Elija otra.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>La contraseña no debe contener el nombre de usuario.</translation>
    </message>
    <message>
        <source>Choose a folder for the automatic backups.</source>
        <translation>Elija una carpeta para las copias automáticas.</translation>
    </message>
    <message>
        <source>No backup passphrase is set for automatic backups. Set one in Settings.</source>
        <translation>No se ha definido ninguna frase de contraseña para las copias automáticas. Defina una en Configuración.</translation>
    </message>
    <message>
        <source>The backup&apos;s header is damaged or not an Outpost backup.</source>
        <translation>La cabecera de la copia está dañada o no es una copia de seguridad de Outpost.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Cancelado. No se escribió nada.</translation>
    </message>
    <message>
        <source>A backup passphrase needs at least 8 characters.</source>
        <translation>La frase de contraseña de una copia necesita al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation>No se pudo iniciar la biblioteca de cifrado.</translation>
    </message>
    <message>
        <source>This backup was made with the clinic&apos;s recovery key: give the recovery key, not a passphrase.</source>
        <translation>Esta copia se hizo con la clave de recuperación de la clínica: introduzca la clave de recuperación, no una frase de contraseña.</translation>
    </message>
    <message>
        <source>Wrong recovery key: it does not open this backup.</source>
        <translation>Clave de recuperación incorrecta: no abre esta copia.</translation>
    </message>
    <message>
        <source>Wrong backup passphrase.</source>
        <translation>Frase de contraseña de la copia incorrecta.</translation>
    </message>
    <message>
        <source>The saved automatic-backup key is not usable; set the backup passphrase again.</source>
        <translation>La clave guardada de las copias automáticas no se puede usar; defina de nuevo la frase de contraseña de las copias.</translation>
    </message>
    <message>
        <source>This file is not an Outpost backup.</source>
        <translation>Este archivo no es una copia de seguridad de Outpost.</translation>
    </message>
    <message>
        <source>The backup is incomplete: the file ends before its last part (it was cut short or the copy did not finish).</source>
        <translation>La copia está incompleta: el archivo termina antes de su última parte (se cortó o la copia no llegó a terminar).</translation>
    </message>
    <message>
        <source>The backup is damaged: part %1 failed authentication (the file was changed or the disk corrupted it).</source>
        <translation>La copia está dañada: la parte %1 no superó la autenticación (el archivo se modificó o el disco lo dañó).</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Outpost (backup format %1; this version reads format %2). Update Outpost to read it.</source>
        <translation>Esta copia se hizo con una versión más reciente de Outpost (formato de copia %1; esta versión lee el formato %2). Actualice Outpost para leerla.</translation>
    </message>
    <message>
        <source>The backup&apos;s header is damaged.</source>
        <translation>La cabecera de la copia está dañada.</translation>
    </message>
    <message>
        <source>The backup&apos;s header has not been read.</source>
        <translation>La cabecera de la copia no se ha leído.</translation>
    </message>
    <message>
        <source>A backup key must be 32 bytes.</source>
        <translation>Una clave de copia debe tener 32 bytes.</translation>
    </message>
    <message>
        <source>The backup holds more pages than its header says.</source>
        <translation>La copia contiene más páginas de las que indica su cabecera.</translation>
    </message>
    <message>
        <source>The backup is damaged: it ends inside a page.</source>
        <translation>La copia está dañada: termina en mitad de una página.</translation>
    </message>
    <message>
        <source>The backup is damaged: its data is incomplete.</source>
        <translation>La copia está dañada: sus datos están incompletos.</translation>
    </message>
    <message>
        <source>The backup is damaged: it holds fewer pages than its header says.</source>
        <translation>La copia está dañada: contiene menos páginas de las que indica su cabecera.</translation>
    </message>
    <message>
        <source>The backup is damaged: there are bytes after its end.</source>
        <translation>La copia está dañada: hay bytes después de su final.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>No hay ningún archivo en %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: this user may not read it.</source>
        <translation>No se puede leer %1: este usuario no tiene permiso para leerlo.</translation>
    </message>
    <message>
        <source>The backup is damaged: its keyring is unreadable.</source>
        <translation>La copia está dañada: su llavero no se puede leer.</translation>
    </message>
    <message>
        <source>The backup is damaged: its keyring does not match its data key.</source>
        <translation>La copia está dañada: su llavero no corresponde a su clave de datos.</translation>
    </message>
    <message>
        <source>The backup is damaged: the database it holds does not open.</source>
        <translation>La copia está dañada: la base de datos que contiene no se abre.</translation>
    </message>
    <message>
        <source>The backup is damaged: the database it holds fails SQLite&apos;s integrity check.</source>
        <translation>La copia está dañada: la base de datos que contiene no supera la comprobación de integridad de SQLite.</translation>
    </message>
    <message>
        <source>The backup is damaged: its tables do not hold the number of rows its header lists.</source>
        <translation>La copia está dañada: sus tablas no contienen el número de filas que indica su cabecera.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: this user may not write there.</source>
        <translation>No se puede crear la carpeta %1: este usuario no tiene permiso para escribir allí.</translation>
    </message>
    <message>
        <source>Cannot write to the folder %1: it is read-only or this user may not change it.</source>
        <translation>No se puede escribir en la carpeta %1: es de solo lectura o este usuario no tiene permiso para modificarla.</translation>
    </message>
    <message>
        <source>The folder %1 already holds an Outpost database; restore into an empty folder, or replace the current data after confirming.</source>
        <translation>La carpeta %1 ya contiene una base de datos de Outpost; restaure en una carpeta vacía o reemplace los datos actuales tras confirmarlo.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>There is no Outpost database in %1 to replace.</source>
        <translation>No hay ninguna base de datos de Outpost en %1 que reemplazar.</translation>
    </message>
    <message>
        <source>There is already a file at %1; choose another name.</source>
        <translation>Ya existe un archivo en %1; elija otro nombre.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist (is the disk connected?).</source>
        <translation>La carpeta %1 no existe (¿está conectado el disco?).</translation>
    </message>
    <message>
        <source>The backup file is not open.</source>
        <translation>El archivo de copia no está abierto.</translation>
    </message>
    <message>
        <source>This backup destination cannot start again.</source>
        <translation>Este destino de copia no puede volver a iniciarse.</translation>
    </message>
    <message>
        <source>The backup could not be compressed.</source>
        <translation>No se pudo comprimir la copia.</translation>
    </message>
    <message>
        <source>The keyring file does not belong to the open database; the backup was not made.</source>
        <translation>El archivo de llavero no corresponde a la base de datos abierta; no se hizo la copia.</translation>
    </message>
    <message>
        <source>Cannot read the keyring file %1.</source>
        <translation>No se puede leer el archivo de llavero %1.</translation>
    </message>
    <message>
        <source>The encrypted storage could not start.</source>
        <translation>No se pudo iniciar el almacenamiento cifrado.</translation>
    </message>
    <message>
        <source>There is already a file at %1.</source>
        <translation>Ya existe un archivo en %1.</translation>
    </message>
    <message>
        <source>The working copy could not be opened.</source>
        <translation>No se pudo abrir la copia de trabajo.</translation>
    </message>
    <message>
        <source>The backup could not start its database copy.</source>
        <translation>La copia de seguridad no pudo iniciar la copia de la base de datos.</translation>
    </message>
    <message>
        <source>The backup could not copy the database: %1. Nothing was saved.</source>
        <translation>La copia de seguridad no pudo copiar la base de datos: %1. No se guardó nada.</translation>
    </message>
    <message>
        <source>Row %1 was removed.</source>
        <translation>Se eliminó la fila %1.</translation>
    </message>
    <message>
        <source>Row %1 does not follow row %2: the chain was rewritten.</source>
        <translation>La fila %1 no sigue a la fila %2: la cadena se reescribió.</translation>
    </message>
    <message>
        <source>Row %1 was changed.</source>
        <translation>Se modificó la fila %1.</translation>
    </message>
    <message>
        <source>Rows %1 to %2 were removed from the end.</source>
        <translation>Se eliminaron las filas %1 a %2 del final.</translation>
    </message>
    <message>
        <source>The newest rows do not match the recorded end of the log.</source>
        <translation>Las filas más recientes no coinciden con el final guardado del registro.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an admin to enable it.</source>
        <translation>Esta cuenta está desactivada. Pida a un administrador que la active.</translation>
    </message>
    <message>
        <source>This session is not locked.</source>
        <translation>Esta sesión no está bloqueada.</translation>
    </message>
    <message>
        <source>Only %1 can unlock this session. To work as %2, use Switch user.</source>
        <translation>Solo %1 puede desbloquear esta sesión. Para trabajar como %2, use Cambiar de usuario.</translation>
    </message>
    <message>
        <source>The screen locks after %1 to %2 minutes of inactivity.</source>
        <translation>La pantalla se bloquea tras un periodo de %1 a %2 minutos sin actividad.</translation>
    </message>
    <message>
        <source>Say why you need this patient&apos;s clinical record, in at least %1 characters.</source>
        <translation>Indique por qué necesita la historia clínica de este paciente, con al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>Keep the reason under %1 characters.</source>
        <translation>El motivo debe tener menos de %1 caracteres.</translation>
    </message>
    <message>
        <source>No patient has this id.</source>
        <translation>Ningún paciente tiene este ID.</translation>
    </message>
    <message>
        <source>No encounter has this id.</source>
        <translation>Ninguna consulta tiene este ID.</translation>
    </message>
    <message>
        <source>No clinical entry has this id.</source>
        <translation>Ninguna entrada clínica tiene este ID.</translation>
    </message>
    <message>
        <source>This encounter belongs to another patient.</source>
        <translation>Esta consulta pertenece a otro paciente.</translation>
    </message>
    <message>
        <source>This encounter is closed; amend its entries or open a new encounter.</source>
        <translation>Esta consulta está cerrada; rectifique sus entradas o abra una consulta nueva.</translation>
    </message>
    <message>
        <source>This encounter was entered in error.</source>
        <translation>Esta consulta se introdujo por error.</translation>
    </message>
    <message>
        <source>This encounter is already closed.</source>
        <translation>Esta consulta ya está cerrada.</translation>
    </message>
    <message>
        <source>Marking an encounter as entered in error needs a reason.</source>
        <translation>Para marcar una consulta como introducida por error se necesita un motivo.</translation>
    </message>
    <message>
        <source>This encounter was already entered in error.</source>
        <translation>Esta consulta ya estaba marcada como introducida por error.</translation>
    </message>
    <message>
        <source>A note is written in an encounter; open one first.</source>
        <translation>Las notas se escriben dentro de una consulta; abra una primero.</translation>
    </message>
    <message>
        <source>Vitals are recorded in an encounter; open one first.</source>
        <translation>Las constantes vitales se registran dentro de una consulta; abra una primero.</translation>
    </message>
    <message>
        <source>An amendment needs a reason.</source>
        <translation>Una rectificación necesita un motivo.</translation>
    </message>
    <message>
        <source>Marking an entry as entered in error needs a reason.</source>
        <translation>Para marcar una entrada como introducida por error se necesita un motivo.</translation>
    </message>
    <message>
        <source>This entry was entered in error; it can&apos;t be changed.</source>
        <translation>Esta entrada se introdujo por error; no se puede modificar.</translation>
    </message>
    <message>
        <source>This entry has been amended since; change its newest version.</source>
        <translation>Esta entrada se ha rectificado después; modifique su versión más reciente.</translation>
    </message>
    <message>
        <source>The amendment is the same as the entry; change something first.</source>
        <translation>La rectificación es idéntica a la entrada; cambie algo primero.</translation>
    </message>
    <message>
        <source>A %1&apos;s status must be active or %2.</source>
        <translation>El estado de %1 debe ser activo o %2.</translation>
    </message>
    <message>
        <source>A note needs at least one of subjective, objective, assessment or plan.</source>
        <translation>Una nota necesita al menos uno de estos apartados: subjetivo, objetivo, análisis o plan.</translation>
    </message>
    <message>
        <source>%1 must be a number in %2.</source>
        <translation>%1 debe ser un número en %2.</translation>
    </message>
    <message>
        <source>%1 must be given in %2.</source>
        <translation>%1 debe indicarse en %2.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4; %5 is not plausible.</source>
        <translation>%1 debe estar entre %2 y %3 %4; %5 no es un valor plausible.</translation>
    </message>
    <message>
        <source>Vitals need at least one measurement.</source>
        <translation>Las constantes vitales necesitan al menos una medición.</translation>
    </message>
    <message>
        <source>Blood pressure needs both the systolic and the diastolic value.</source>
        <translation>La presión arterial necesita tanto el valor sistólico como el diastólico.</translation>
    </message>
    <message>
        <source>Systolic pressure must be higher than diastolic pressure.</source>
        <translation>La presión sistólica debe ser mayor que la diastólica.</translation>
    </message>
    <message>
        <source>An allergy needs the substance the patient reacts to.</source>
        <translation>Una alergia necesita la sustancia a la que reacciona el paciente.</translation>
    </message>
    <message>
        <source>An allergy&apos;s severity must be mild, moderate, severe or life-threatening.</source>
        <translation>La gravedad de una alergia debe ser leve, moderada, grave o potencialmente mortal.</translation>
    </message>
    <message>
        <source>A problem needs a name.</source>
        <translation>Un problema necesita un nombre.</translation>
    </message>
    <message>
        <source>A medication needs a name.</source>
        <translation>Un medicamento necesita un nombre.</translation>
    </message>
    <message>
        <source>This entry is too long; split it into several entries.</source>
        <translation>Esta entrada es demasiado larga; divídala en varias entradas.</translation>
    </message>
    <message>
        <source>Unknown kind of clinical entry.</source>
        <translation>Tipo de entrada clínica desconocido.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>A document page&apos;s word boxes cannot be read.</source>
        <translation>No se pueden leer los recuadros de palabras de una página del documento.</translation>
    </message>
    <message>
        <source>No document has this id.</source>
        <translation>Ningún documento tiene este ID.</translation>
    </message>
    <message>
        <source>Page %1 has no image, or one too large to store.</source>
        <translation>La página %1 no tiene imagen, o la tiene demasiado grande para guardarla.</translation>
    </message>
    <message>
        <source>Page %1&apos;s image is not a %2 image.</source>
        <translation>La imagen de la página %1 no es una imagen %2.</translation>
    </message>
    <message>
        <source>Page %1 has no size.</source>
        <translation>La página %1 no tiene tamaño.</translation>
    </message>
    <message>
        <source>Page %1 holds more text than a page can.</source>
        <translation>La página %1 contiene más texto del que admite una página.</translation>
    </message>
    <message>
        <source>A document needs at least one page.</source>
        <translation>Un documento necesita al menos una página.</translation>
    </message>
    <message>
        <source>A document may have at most %1 pages.</source>
        <translation>Un documento puede tener como máximo %1 páginas.</translation>
    </message>
    <message>
        <source>The document&apos;s title is too long (at most 255 characters).</source>
        <translation>El título del documento es demasiado largo (máximo 255 caracteres).</translation>
    </message>
    <message>
        <source>This document has no page %1.</source>
        <translation>Este documento no tiene página %1.</translation>
    </message>
    <message>
        <source>The search is too long (at most 200 characters).</source>
        <translation>La búsqueda es demasiado larga (máximo 200 caracteres).</translation>
    </message>
    <message>
        <source>A draft needs a patient.</source>
        <translation>Un borrador necesita un paciente.</translation>
    </message>
    <message>
        <source>The identifier kind “%1” is listed twice.</source>
        <translation>El tipo de identificador “%1” aparece dos veces.</translation>
    </message>
    <message>
        <source>A clinic records at least one kind of identifier.</source>
        <translation>Una clínica registra al menos un tipo de identificador.</translation>
    </message>
    <message>
        <source>A clinic records at most %1 kinds of identifier.</source>
        <translation>Una clínica registra como máximo %1 tipos de identificador.</translation>
    </message>
    <message>
        <source>This clinic does not record identifiers of kind “%1”. It records: %2.</source>
        <translation>Esta clínica no registra identificadores del tipo “%1”. Registra: %2.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in 1 second.</source>
        <translation>Demasiados intentos fallidos. Vuelva a intentarlo dentro de 1 segundo.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in %1 seconds.</source>
        <translation>Demasiados intentos fallidos. Vuelva a intentarlo dentro de %1 segundos.</translation>
    </message>
    <message>
        <source>Records moved by the merge have changed since; the merge can&apos;t be undone.</source>
        <translation>Los registros que trasladó la fusión han cambiado desde entonces; la fusión no se puede deshacer.</translation>
    </message>
    <message>
        <source>Entries written since the merge (%1) belong with records that came from the merged patient; the merge can&apos;t be undone.</source>
        <translation>Las entradas escritas después de la fusión (%1) van ligadas a registros procedentes del paciente fusionado; la fusión no se puede deshacer.</translation>
    </message>
    <message>
        <source>A merge needs a reason.</source>
        <translation>Una fusión necesita un motivo.</translation>
    </message>
    <message>
        <source>A record can&apos;t be merged into itself.</source>
        <translation>Una historia clínica no se puede fusionar consigo misma.</translation>
    </message>
    <message>
        <source>The record to keep does not exist.</source>
        <translation>La historia clínica que se conserva no existe.</translation>
    </message>
    <message>
        <source>The record to keep was itself merged into another record.</source>
        <translation>La historia clínica que se conserva ya se fusionó, a su vez, con otra.</translation>
    </message>
    <message>
        <source>The duplicate record does not exist.</source>
        <translation>La historia clínica duplicada no existe.</translation>
    </message>
    <message>
        <source>This duplicate has already been merged into another record.</source>
        <translation>Este duplicado ya se ha fusionado con otra historia clínica.</translation>
    </message>
    <message>
        <source>Undoing a merge needs a reason.</source>
        <translation>Para deshacer una fusión se necesita un motivo.</translation>
    </message>
    <message>
        <source>No merge has this id.</source>
        <translation>Ninguna fusión tiene este ID.</translation>
    </message>
    <message>
        <source>This merge has already been undone.</source>
        <translation>Esta fusión ya se ha deshecho.</translation>
    </message>
    <message>
        <source>The surviving record has since been merged into another record; undo that merge first.</source>
        <translation>La historia clínica conservada se ha fusionado después con otra; deshaga primero esa fusión.</translation>
    </message>
    <message>
        <source>The merged record no longer points at the survivor; the merge can&apos;t be undone.</source>
        <translation>La historia clínica fusionada ya no apunta a la conservada; la fusión no se puede deshacer.</translation>
    </message>
    <message>
        <source>No patient with that id.</source>
        <translation>No hay ningún paciente con ese ID.</translation>
    </message>
    <message>
        <source>This patient may already be registered (%1 similar record(s)). Open the existing record, or give a reason why this is a different person.</source>
        <translation>Es posible que este paciente ya esté registrado (historias clínicas similares: %1). Abra la historia clínica existente o indique por qué se trata de otra persona.</translation>
    </message>
    <message>
        <source>This record was merged into another record; use the surviving record.</source>
        <translation>Esta historia clínica se fusionó con otra; use la historia clínica conservada.</translation>
    </message>
    <message>
        <source>No user has this id.</source>
        <translation>Ningún usuario tiene este ID.</translation>
    </message>
    <message>
        <source>Appointments are booked with a clinician; this user is not one.</source>
        <translation>Las citas se reservan con un facultativo; este usuario no lo es.</translation>
    </message>
    <message>
        <source>This clinician&apos;s account is disabled.</source>
        <translation>La cuenta de este facultativo está desactivada.</translation>
    </message>
    <message>
        <source>This patient is already on today&apos;s list; check in that appointment.</source>
        <translation>Este paciente ya está en la lista de hoy; registre la llegada de esa cita.</translation>
    </message>
    <message>
        <source>Choose the day of the appointment.</source>
        <translation>Elija el día de la cita.</translation>
    </message>
    <message>
        <source>Appointments can&apos;t be booked on a day that has passed.</source>
        <translation>No se pueden reservar citas en un día que ya ha pasado.</translation>
    </message>
    <message>
        <source>The appointment time is not a valid time of day.</source>
        <translation>La hora de la cita no es una hora del día válida.</translation>
    </message>
    <message>
        <source>No appointment has this id.</source>
        <translation>Ninguna cita tiene este ID.</translation>
    </message>
    <message>
        <source>An appointment that is %1 can&apos;t be changed to %2.</source>
        <translation>Una cita en estado %1 no se puede cambiar a %2.</translation>
    </message>
    <message>
        <source>Permission denied: the %1 role may not %2.</source>
        <translation>Permiso denegado: el rol %1 no puede %2.</translation>
    </message>
    <message>
        <source>Your account was changed since you logged in. Log in again.</source>
        <translation>Su cuenta ha cambiado desde que inició sesión. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>A user name has %1 to %2 letters, digits, dots, underscores or dashes, and starts with a letter or digit.</source>
        <translation>Un nombre de usuario tiene de %1 a %2 letras, cifras, puntos, guiones bajos o guiones, y empieza por una letra o una cifra.</translation>
    </message>
    <message>
        <source>A display name has 1 to %1 characters.</source>
        <translation>Un nombre visible tiene de 1 a %1 caracteres.</translation>
    </message>
    <message>
        <source>A display name cannot hold control characters.</source>
        <translation>Un nombre visible no puede contener caracteres de control.</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>No hay ningún usuario llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is the last active admin. Make another user an admin first, so someone can still manage users.</source>
        <translation>%1 es el último administrador activo. Haga primero administrador a otro usuario para que alguien pueda seguir gestionando los usuarios.</translation>
    </message>
    <message>
        <source>This clinic already has users. An admin adds new ones.</source>
        <translation>Esta clínica ya tiene usuarios. Los nuevos los añade un administrador.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is taken (by &quot;%2&quot;). Choose another.</source>
        <translation>El nombre de usuario &quot;%1&quot; ya está en uso (por &quot;%2&quot;). Elija otro.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
        <source>%1 is already disabled.</source>
        <translation>%1 ya está desactivado.</translation>
    </message>
    <message>
        <source>%1 is not disabled.</source>
        <translation>%1 no está desactivado.</translation>
    </message>
    <message>
        <source>%1 already has the %2 role.</source>
        <translation>%1 ya tiene el rol %2.</translation>
    </message>
    <message>
        <source>%1 is disabled. Enable the account with a new password instead.</source>
        <translation>%1 está desactivado. En su lugar, active la cuenta con una nueva contraseña.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>La nueva contraseña debe ser distinta de la actual.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>La contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>The configuration file %1 cannot be read.</source>
        <translation>No se puede leer el archivo de configuración %1.</translation>
    </message>
    <message>
        <source>%1, line %2: expected &quot;setting = value&quot;.</source>
        <translation>%1, línea %2: se esperaba &quot;opción = valor&quot;.</translation>
    </message>
    <message>
        <source>%1, line %2 holds &quot;%3&quot;: passwords and keys never belong in a configuration file. Remove it.</source>
        <translation>%1, la línea %2 contiene &quot;%3&quot;: las contraseñas y las claves nunca deben estar en un archivo de configuración. Elimínela.</translation>
    </message>
    <message>
        <source>%1, line %2: unknown setting &quot;%3&quot; ignored.</source>
        <translation>%1, línea %2: se ignora la opción desconocida &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Opción desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The key derivation parameters are not usable.</source>
        <translation>Los parámetros de derivación de clave no se pueden usar.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (Argon2id needs %1 MiB).</source>
        <translation>No hay memoria suficiente para derivar la clave (Argon2id necesita %1 MiB).</translation>
    </message>
    <message>
        <source>Restore it from a backup, or use the recovery key to make a new one (outpostctl unlock-with-recovery-key).</source>
        <translation>Restáurelo desde una copia de seguridad o use la clave de recuperación para crear uno nuevo (outpostctl unlock-with-recovery-key).</translation>
    </message>
    <message>
        <source>A user name cannot be empty.</source>
        <translation>El nombre de usuario no puede estar vacío.</translation>
    </message>
    <message>
        <source>A password cannot be empty.</source>
        <translation>La contraseña no puede estar vacía.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>No se pudo iniciar la biblioteca criptográfica.</translation>
    </message>
    <message>
        <source>The Argon2id parameters are below libsodium&apos;s interactive minimum or absurdly high.</source>
        <translation>Los parámetros de Argon2id están por debajo del mínimo interactivo de libsodium o son desmesuradamente altos.</translation>
    </message>
    <message>
        <source>Wrong recovery key: it does not unlock this keyring.</source>
        <translation>Clave de recuperación incorrecta: no desbloquea este llavero.</translation>
    </message>
    <message>
        <source>That data key does not belong to this keyring.</source>
        <translation>Esa clave de datos no pertenece a este llavero.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; already has a key slot.</source>
        <translation>El usuario &quot;%1&quot; ya tiene una ranura de clave.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; has no key slot.</source>
        <translation>El usuario &quot;%1&quot; no tiene ranura de clave.</translation>
    </message>
    <message>
        <source>The recovery key cannot contain &quot;%1&quot;: it has only the digits and the letters A to Z without I, L, O and U.</source>
        <translation>La clave de recuperación no puede contener &quot;%1&quot;: solo tiene cifras y letras de la A a la Z, salvo I, L, O y U.</translation>
    </message>
    <message>
        <source>A recovery key has %1 letters and digits in %2 groups; this one has %3. Check it against the printed copy.</source>
        <translation>Una clave de recuperación tiene %1 letras y cifras en %2 grupos; esta tiene %3. Compárela con la copia impresa.</translation>
    </message>
    <message>
        <source>The recovery key has a typo: compare each group with the printed copy.</source>
        <translation>La clave de recuperación tiene una errata: compare cada grupo con la copia impresa.</translation>
    </message>
    <message>
        <source>The number of demo patients must be 0 to 2,000,000.</source>
        <translation>El número de pacientes de demostración debe estar entre 0 y 2.000.000.</translation>
    </message>
    <message>
        <source>Demo data creation was cancelled.</source>
        <translation>Se canceló la creación de datos de demostración.</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Use como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Remove the invisible control characters.</source>
        <translation>Elimine los caracteres de control invisibles.</translation>
    </message>
    <message>
        <source>Enter a family name or a given name.</source>
        <translation>Introduzca un apellido o un nombre.</translation>
    </message>
    <message>
        <source>Enter the date of birth, or an estimate marked as approximate.</source>
        <translation>Introduzca la fecha de nacimiento, o una estimación marcada como aproximada.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>La fecha de nacimiento está en el futuro.</translation>
    </message>
    <message>
        <source>The date of birth is more than 130 years ago.</source>
        <translation>La fecha de nacimiento es de hace más de 130 años.</translation>
    </message>
    <message>
        <source>A phone number has 6 to 15 digits.</source>
        <translation>Un número de teléfono tiene de 6 a 15 cifras.</translation>
    </message>
    <message>
        <source>Each identifier needs a kind and a value.</source>
        <translation>Cada identificador necesita un tipo y un valor.</translation>
    </message>
    <message>
        <source>An identifier has at most 64 characters.</source>
        <translation>Un identificador tiene como máximo 64 caracteres.</translation>
    </message>
    <message>
        <source>Each contact needs a name.</source>
        <translation>Cada contacto necesita un nombre.</translation>
    </message>
    <message>
        <source>Unknown log level &quot;%1&quot;: use trace, debug, info, warn, error or off.</source>
        <translation>Nivel de registro desconocido &quot;%1&quot;: use trace, debug, info, warn, error u off.</translation>
    </message>
    <message>
        <source>The log folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta de registros %1.</translation>
    </message>
    <message>
        <source>The search text is too long: use at most %1 characters.</source>
        <translation>El texto de búsqueda es demasiado largo: use como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A value of type %1 cannot be stored.</source>
        <translation>No se puede guardar un valor de tipo %1.</translation>
    </message>
    <message>
        <source>The statement takes %1 values, not %2.</source>
        <translation>La sentencia admite %1 valores, no %2.</translation>
    </message>
    <message>
        <source>Exactly one SQL statement is expected here.</source>
        <translation>Aquí se espera exactamente una sentencia SQL.</translation>
    </message>
    <message>
        <source>There is no Outpost database in %1. Create one with outpostctl init.</source>
        <translation>No hay ninguna base de datos de Outpost en %1. Cree una con outpostctl init.</translation>
    </message>
    <message>
        <source>The keyring file %1 does not belong to the database %2 (it is for key generation %3; the database is at generation %4). Restore both from the same backup, or use the recovery key.</source>
        <translation>El archivo de llavero %1 no corresponde a la base de datos %2 (es de la generación de claves %3; la base de datos está en la generación %4). Restaure ambos desde la misma copia de seguridad o use la clave de recuperación.</translation>
    </message>
    <message>
        <source>The keyring file %1 does not belong to the database %2. Restore both from the same backup, or use the recovery key.</source>
        <translation>El archivo de llavero %1 no corresponde a la base de datos %2. Restaure ambos desde la misma copia de seguridad o use la clave de recuperación.</translation>
    </message>
    <message>
        <source>The data folder %1 already holds an Outpost database or keyring; init does not overwrite it. Choose another folder.</source>
        <translation>La carpeta de datos %1 ya contiene una base de datos o un llavero de Outpost; init no los sobrescribe. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>The clinic name cannot be empty.</source>
        <translation>El nombre de la clínica no puede estar vacío.</translation>
    </message>
    <message>
        <source>Cannot write to the data folder %1: it is read-only or this user may not change it.</source>
        <translation>No se puede escribir en la carpeta de datos %1: es de solo lectura o este usuario no tiene permiso para modificarla.</translation>
    </message>
    <message>
        <source>There is no Outpost database in %1.</source>
        <translation>No hay ninguna base de datos de Outpost en %1.</translation>
    </message>
    <message>
        <source>Wrong recovery key: it does not open this database.</source>
        <translation>Clave de recuperación incorrecta: no abre esta base de datos.</translation>
    </message>
    <message>
        <source>Cannot remove the last user: nobody could unlock the database without the recovery key.</source>
        <translation>No se puede eliminar el último usuario: nadie podría desbloquear la base de datos sin la clave de recuperación.</translation>
    </message>
    <message>
        <source>The database is closed.</source>
        <translation>La base de datos está cerrada.</translation>
    </message>
    <message>
        <source>Outpost may not write in the folder %1 (permission denied). Choose a folder you can write to, or ask an administrator.</source>
        <translation>Outpost no puede escribir en la carpeta %1 (permiso denegado). Elija una carpeta en la que pueda escribir o consulte a un administrador.</translation>
    </message>
    <message>
        <source>The transaction has already ended.</source>
        <translation>La transacción ya ha terminado.</translation>
    </message>
    <message>
        <source>A database needs at least one reader connection.</source>
        <translation>Una base de datos necesita al menos una conexión de lectura.</translation>
    </message>
    <message>
        <source>Outpost may not open %1 (permission denied).</source>
        <translation>Outpost no puede abrir %1 (permiso denegado).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>No hay ninguna base de datos en %1.</translation>
    </message>
    <message>
        <source>The database %1 is empty. Restore from a backup.</source>
        <translation>La base de datos %1 está vacía. Restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Outpost may not write to %1 (permission denied).</source>
        <translation>Outpost no puede escribir en %1 (permiso denegado).</translation>
    </message>
    <message>
        <source>The database could not switch to write-ahead logging.</source>
        <translation>La base de datos no pudo pasar al registro de escritura anticipada.</translation>
    </message>
    <message>
        <source>The file is not an Outpost database. Restore from a backup.</source>
        <translation>El archivo no es una base de datos de Outpost. Restaure desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The database is damaged (its integrity check failed). Restore from a backup.</source>
        <translation>La base de datos está dañada (no superó la comprobación de integridad). Restaure desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is not an Outpost database or is damaged.</source>
        <translation>%1 no es una base de datos de Outpost o está dañada.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: the folder is read-only or this user may not change it.</source>
        <translation>No se puede %1 %2: la carpeta es de solo lectura o este usuario no tiene permiso para modificarla.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: the disk is full. Free some space and try again.</source>
        <translation>No se puede %1 %2: el disco está lleno. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: %3.</source>
        <translation>No se puede %1 %2: %3.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>Cannot flush %1: %2.</source>
        <translation>No se puede volcar %1 al disco: %2.</translation>
    </message>
    <message>
        <source>The database is not open through the encrypted VFS.</source>
        <translation>La base de datos no está abierta a través del VFS cifrado.</translation>
    </message>
    <message>
        <source>A database key must be 32 bytes.</source>
        <translation>Una clave de base de datos debe tener 32 bytes.</translation>
    </message>
    <message>
        <source>The database %1 is already open with another key.</source>
        <translation>La base de datos %1 ya está abierta con otra clave.</translation>
    </message>
    <message>
        <source>Migration %1 is out of order: steps must be numbered 1, 2, 3… in order.</source>
        <translation>La migración %1 está fuera de orden: los pasos deben numerarse 1, 2, 3… en orden.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Outpost (schema %1; this version knows up to %2). Update Outpost to open it.</source>
        <translation>Esta base de datos se creó con una versión más reciente de Outpost (esquema %1; esta versión conoce hasta el %2). Actualice Outpost para abrirla.</translation>
    </message>
    <message>
        <source>The database is damaged (page %1 failed authentication). Restore from a backup.</source>
        <translation>La base de datos está dañada (la página %1 no superó la autenticación). Restaure desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The disk is full. The last change was not saved; everything saved before it is safe. Free some space and try again.</source>
        <translation>El disco está lleno. El último cambio no se guardó; todo lo guardado antes está a salvo. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The database is damaged or is not an Outpost database. Restore from a backup.</source>
        <translation>La base de datos está dañada o no es una base de datos de Outpost. Restaure desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Outpost may not write to the database or its folder (permission denied).</source>
        <translation>Outpost no puede escribir en la base de datos ni en su carpeta (permiso denegado).</translation>
    </message>
    <message>
        <source>The database file could not be opened.</source>
        <translation>No se pudo abrir el archivo de la base de datos.</translation>
    </message>
    <message>
        <source>The database is busy. Try again in a moment.</source>
        <translation>La base de datos está ocupada. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The database operation was cancelled.</source>
        <translation>Se canceló la operación de la base de datos.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database: %1.</source>
        <translation>El cambio incumple una regla de la base de datos: %1.</translation>
    </message>
    <message>
        <source>The disk reported an error while Outpost tried to %1.</source>
        <translation>El disco informó de un error cuando Outpost intentaba %1.</translation>
    </message>
    <message>
        <source>The database could not %1: %2.</source>
        <translation>La base de datos no pudo %1: %2.</translation>
    </message>
    <message>
        <source>Tesseract&apos;s %1 model is missing%2. Install the Debian package %3 (apt install %3).</source>
        <translation>Falta el modelo %1 de Tesseract%2. Instale el paquete de Debian %3 (apt install %3).</translation>
    </message>
    <message>
        <source>Reading the document was cancelled.</source>
        <translation>Se canceló la lectura del documento.</translation>
    </message>
    <message>
        <source>Reading page %1 took longer than %2 s and was stopped.</source>
        <translation>La lectura de la página %1 tardó más de %2 s y se detuvo.</translation>
    </message>
    <message>
        <source>Tesseract could not read page %1.</source>
        <translation>Tesseract no pudo leer la página %1.</translation>
    </message>
    <message>
        <source>The page has no image to read.</source>
        <translation>La página no tiene ninguna imagen que leer.</translation>
    </message>
    <message>
        <source>The page is too large to read.</source>
        <translation>La página es demasiado grande para leerla.</translation>
    </message>
    <message>
        <source>Not enough memory to read the page.</source>
        <translation>No hay memoria suficiente para leer la página.</translation>
    </message>
    <message>
        <source>This file is neither a supported image (PNG, JPEG, TIFF, BMP, WebP) nor a PDF.</source>
        <translation>Este archivo no es una imagen compatible (PNG, JPEG, TIFF, BMP, WebP) ni un PDF.</translation>
    </message>
    <message>
        <source>The JPEG image is truncated.</source>
        <translation>La imagen JPEG está truncada.</translation>
    </message>
    <message>
        <source>The image has %1 pages; at most %2 can be read.</source>
        <translation>La imagen tiene %1 páginas; se pueden leer como máximo %2.</translation>
    </message>
    <message>
        <source>Page %1 of the image is empty (0 pixels).</source>
        <translation>La página %1 de la imagen está vacía (0 píxeles).</translation>
    </message>
    <message>
        <source>Page %1 of the image is %2×%3 pixels; at most %4 megapixels can be read.</source>
        <translation>La página %1 de la imagen mide %2×%3 píxeles; se pueden leer como máximo %4 megapíxeles.</translation>
    </message>
    <message>
        <source>Page %1 of the image cannot be decoded: the file is truncated or damaged.</source>
        <translation>No se puede descodificar la página %1 de la imagen: el archivo está truncado o dañado.</translation>
    </message>
    <message>
        <source>Page %1 of the image is too large.</source>
        <translation>La página %1 de la imagen es demasiado grande.</translation>
    </message>
    <message>
        <source>The PDF is truncated.</source>
        <translation>El PDF está truncado.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password; save an unprotected copy and import that.</source>
        <translation>El PDF está protegido con contraseña; guarde una copia sin protección e importe esa.</translation>
    </message>
    <message>
        <source>The PDF cannot be read: it is truncated or damaged.</source>
        <translation>No se puede leer el PDF: está truncado o dañado.</translation>
    </message>
    <message>
        <source>The PDF cannot be read: it has no pages.</source>
        <translation>No se puede leer el PDF: no tiene páginas.</translation>
    </message>
    <message>
        <source>The PDF has %1 pages; at most %2 can be read.</source>
        <translation>El PDF tiene %1 páginas; se pueden leer como máximo %2.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF is empty.</source>
        <translation>La página %1 del PDF está vacía.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF is too large to render.</source>
        <translation>La página %1 del PDF es demasiado grande para representarla.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF cannot be rendered.</source>
        <translation>No se puede representar la página %1 del PDF.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>El archivo &quot;%1&quot; no existe.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be opened.</source>
        <translation>No se puede abrir el archivo &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The file is %1 MB; at most %2 MB can be read.</source>
        <translation>El archivo ocupa %1 MB; se pueden leer como máximo %2 MB.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The PDF cannot be read: it has no PDF header.</source>
        <translation>No se puede leer el PDF: no tiene cabecera PDF.</translation>
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
