<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Outpost</source>
        <translation>حول Outpost</translation>
    </message>
    <message>
        <source>Outpost %1</source>
        <translation>Outpost %1</translation>
    </message>
    <message>
        <source>Local-first, encrypted clinic records.</source>
        <translation>سجلات العيادة مشفّرة ومحفوظة محليًا.</translation>
    </message>
    <message>
        <source>Built with Qt %1</source>
        <translation>مبني باستخدام Qt %1</translation>
    </message>
</context>
<context>
    <name>AdminUsersPage</name>
    <message>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>إنشاء مستخدم</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>معطَّل</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>دور %1</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>تفعيل</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>تفعيل %1</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>إعادة تعيين كلمة مرور %1</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Exact, or a prefix such as patient.</source>
        <translation>قيمة مطابقة أو بادئة مثل patient.</translation>
    </message>
    <message>
        <source>Patient id</source>
        <translation>معرّف المريض</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Every access to this patient</source>
        <translation>كل عمليات الوصول إلى هذا المريض</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>أحداث التدقيق</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Show older events</source>
        <translation>عرض الأحداث الأقدم</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Export backup</source>
        <translation>تصدير نسخة احتياطية</translation>
    </message>
    <message>
        <source>Verify backup</source>
        <translation>التحقق من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>The whole clinic is written to one encrypted file. Without the passphrase nobody can read it, and nobody can restore it: keep the passphrase apart from the disk.</source>
        <translation>تُكتب العيادة كلها في ملف واحد مشفّر. بدون عبارة المرور لا يستطيع أحد قراءته ولا استعادته: احفظ عبارة المرور بعيدًا عن القرص.</translation>
    </message>
    <message>
        <source>Checks the whole file without restoring anything.</source>
        <translation>يفحص الملف كله دون استعادة أي شيء.</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>حفظ النسخة الاحتياطية باسم</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>اختر ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Empty folder for the restored data</source>
        <translation>مجلد فارغ للبيانات المستعادة</translation>
    </message>
    <message>
        <source>Choose the folder to restore into</source>
        <translation>اختر المجلد الذي تُستعاد إليه</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>عبارة مرور النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>Outpost backups (*.outpostbackup)</source>
        <translation>نسخ Outpost الاحتياطية (*.outpostbackup)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Exporting the backup…</source>
        <translation>جارٍ تصدير النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>جارٍ فحص النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>جارٍ استعادة النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>Outpost goes on working; other screens wait until this is done.</source>
        <translation>يستمر Outpost في العمل؛ تنتظر الشاشات الأخرى حتى ينتهي هذا.</translation>
    </message>
    <message>
        <source>Restores into an empty folder as a new data folder, or replaces this clinic&apos;s data. The clinic&apos;s users sign in with the passwords they had when the backup was made.</source>
        <translation>يستعيد النسخة إلى مجلد فارغ كمجلد بيانات جديد، أو يستبدل بيانات هذه العيادة. يسجّل مستخدمو العيادة الدخول بكلمات المرور التي كانت لديهم عند إنشاء النسخة.</translation>
    </message>
    <message>
        <source>Into a new, empty folder</source>
        <translation>إلى مجلد جديد فارغ</translation>
    </message>
    <message>
        <source>Replace this clinic&apos;s data</source>
        <translation>استبدال بيانات هذه العيادة</translation>
    </message>
    <message>
        <source>Replace this clinic&apos;s data?</source>
        <translation>استبدال بيانات هذه العيادة؟</translation>
    </message>
    <message>
        <source>Replace the data</source>
        <translation>استبدال البيانات</translation>
    </message>
    <message>
        <source>Everything recorded in %1 since this backup was made will be lost: patients registered, notes, check-ins, documents and user changes. Everyone is signed out. The current data is kept until the restored copy has been checked, and put back if the restore fails.</source>
        <translation>سيُفقد كل ما سُجّل في %1 منذ إنشاء هذه النسخة: المرضى المسجّلون والملاحظات وتسجيلات الوصول والمستندات وتغييرات المستخدمين. يُسجَّل خروج الجميع. تُحفظ البيانات الحالية حتى يتم فحص النسخة المستعادة، وتُعاد إذا فشلت الاستعادة.</translation>
    </message>
    <message>
        <source>The backup is a snapshot of this moment. Cancel leaves no file behind.</source>
        <translation>النسخة الاحتياطية لقطة لهذه اللحظة. الإلغاء لا يترك أي ملف.</translation>
    </message>
    <message>
        <source>Every part of the file is checked; this clinic&apos;s data is not touched.</source>
        <translation>يُفحص كل جزء من الملف؛ ولا تُمس بيانات هذه العيادة.</translation>
    </message>
    <message>
        <source>The backup goes into the folder you chose; this clinic&apos;s data is not touched.</source>
        <translation>تُستعاد النسخة الاحتياطية في المجلد الذي اخترته؛ ولا تُمس بيانات هذه العيادة.</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>إلغاء التصدير</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>إلغاء الفحص</translation>
    </message>
    <message>
        <source>Cancel restore</source>
        <translation>إلغاء الاستعادة</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Automatic backups</source>
        <translation>النسخ الاحتياطية التلقائية</translation>
    </message>
    <message>
        <source>Last good backup: %1.</source>
        <translation>آخر نسخة احتياطية ناجحة: %1.</translation>
    </message>
    <message>
        <source>No automatic backup has been made yet.</source>
        <translation>لم تُنشأ أي نسخة احتياطية تلقائية بعد.</translation>
    </message>
    <message>
        <source>Warning: there has been no good backup for more than %1 days. Check the backup disk.</source>
        <translation>تحذير: لا توجد نسخة احتياطية ناجحة منذ أكثر من %1 أيام. افحص قرص النسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>The last attempt failed: %1</source>
        <translation>فشلت المحاولة الأخيرة: %1</translation>
    </message>
    <message>
        <source>Back up every day</source>
        <translation>النسخ الاحتياطي كل يوم</translation>
    </message>
    <message>
        <source>Backup folder (a USB disk or network share)</source>
        <translation>مجلد النسخ الاحتياطية (قرص USB أو مجلد شبكة مشترك)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>اختر مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Time of day (hour, minute)</source>
        <translation>وقت اليوم (ساعة، دقيقة)</translation>
    </message>
    <message>
        <source>Backup hour</source>
        <translation>ساعة النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Backup minute</source>
        <translation>دقيقة النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Keep daily backups</source>
        <translation>النسخ اليومية المحتفظ بها</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>عدد النسخ اليومية المحتفظ بها</translation>
    </message>
    <message>
        <source>Keep weekly backups</source>
        <translation>النسخ الأسبوعية المحتفظ بها</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>عدد النسخ الأسبوعية المحتفظ بها</translation>
    </message>
    <message>
        <source>Keep monthly backups</source>
        <translation>النسخ الشهرية المحتفظ بها</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>عدد النسخ الشهرية المحتفظ بها</translation>
    </message>
    <message>
        <source>Warn after this many days without a good backup</source>
        <translation>التحذير بعد هذا العدد من الأيام بلا نسخة احتياطية ناجحة</translation>
    </message>
    <message>
        <source>Days before the warning</source>
        <translation>الأيام قبل التحذير</translation>
    </message>
    <message>
        <source>New passphrase for automatic backups (leave empty to keep it)</source>
        <translation>عبارة مرور جديدة للنسخ التلقائية (اتركها فارغة للإبقاء عليها)</translation>
    </message>
    <message>
        <source>Passphrase for automatic backups</source>
        <translation>عبارة المرور للنسخ الاحتياطية التلقائية</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>Save backup settings</source>
        <translation>حفظ إعدادات النسخ الاحتياطي</translation>
    </message>
</context>
<context>
    <name>ComponentGallery</name>
    <message>
        <source>Patient record saved.</source>
        <translation>تم حفظ ملف المريض.</translation>
    </message>
    <message>
        <source>The backup could not be written: the disk is full.</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية: القرص ممتلئ.</translation>
    </message>
    <message>
        <source>Outpost components — %1 theme</source>
        <translation>مكوّنات Outpost — مظهر %1</translation>
    </message>
    <message>
        <source>Colour roles and type scale</source>
        <translation>أدوار الألوان ومقاييس الخطوط</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>عنوان بارز</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>عنوان فرعي</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>نص أساسي</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>%1 %2 px</source>
        <translation>%1 %2 px</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>الأزرار</translation>
    </message>
    <message>
        <source>Register patient</source>
        <translation>تسجيل مريض</translation>
    </message>
    <message>
        <source>Secondary, keyboard focus</source>
        <translation>ثانوي، تركيز لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>حذف المسودة</translation>
    </message>
    <message>
        <source>Primary, disabled</source>
        <translation>أساسي، معطَّل</translation>
    </message>
    <message>
        <source>Secondary, disabled</source>
        <translation>ثانوي، معطَّل</translation>
    </message>
    <message>
        <source>Space, Enter and Return activate the focused button; the ring shows keyboard focus.</source>
        <translation>تُفعِّل مفاتيح المسافة وEnter وReturn الزرَّ الذي عليه التركيز؛ وتُظهر الحلقة تركيز لوحة المفاتيح.</translation>
    </message>
    <message>
        <source>Search field</source>
        <translation>حقل البحث</translation>
    </message>
    <message>
        <source>Name, date of birth, clinic number or phone</source>
        <translation>الاسم أو تاريخ الميلاد أو رقم الملف أو الهاتف</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>البحث عن مريض</translation>
    </message>
    <message>
        <source>müller 1984</source>
        <translation>müller 1984</translation>
    </message>
    <message>
        <source>Results update as you type; Escape or × clears; Down moves to the results.</source>
        <translation>تتحدّث النتائج أثناء الكتابة؛ ويمسح Escape أو × الحقل؛ وينقلك السهم للأسفل إلى النتائج.</translation>
    </message>
    <message>
        <source>Text fields</source>
        <translation>حقول النص</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>As on the ID card</source>
        <translation>كما في بطاقة الهوية</translation>
    </message>
    <message>
        <source>Accents are kept: Müller stays Müller.</source>
        <translation>تُحفَظ العلامات الصوتية: يبقى Müller كما هو.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>+33 6 12</source>
        <translation>+33 6 12</translation>
    </message>
    <message>
        <source>This phone number is too short.</source>
        <translation>رقم الهاتف هذا قصير جدًا.</translation>
    </message>
    <message>
        <source>Clinic number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>C-000184</source>
        <translation>C-000184</translation>
    </message>
    <message>
        <source>Given by Outpost; it cannot be changed.</source>
        <translation>يُعيّنه Outpost، ولا يمكن تغييره.</translation>
    </message>
    <message>
        <source>Date field</source>
        <translation>حقل التاريخ</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
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
        <translation>صفوف القائمة</translation>
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
        <translation>وصلت الساعة 09:12</translation>
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
        <translation>موعد الساعة 10:30</translation>
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
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>Today&apos;s queue</source>
        <translation>قائمة انتظار اليوم</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>With clinician</source>
        <translation>لدى الممارس الصحي</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>وصل</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>Nguyen, Lan</source>
        <translation>Nguyen, Lan</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>التنقل</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>المرضى</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>No patients yet</source>
        <translation>لا يوجد مرضى بعد</translation>
    </message>
    <message>
        <source>Register the first patient, or restore a backup from the File menu.</source>
        <translation>سجّل المريض الأول، أو استعِد نسخة احتياطية من قائمة «ملف».</translation>
    </message>
    <message>
        <source>Dialog and toasts</source>
        <translation>مربع الحوار والإشعارات</translation>
    </message>
    <message>
        <source>Delete this draft?</source>
        <translation>حذف هذه المسودة؟</translation>
    </message>
    <message>
        <source>The unsigned note for Anna Müller will be removed. Signed notes are kept.</source>
        <translation>ستُحذف الملاحظة غير الموقّعة الخاصة بـ Anna Müller. أما الملاحظات الموقّعة فتبقى محفوظة.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Progress overlay</source>
        <translation>مؤشر التقدّم</translation>
    </message>
    <message>
        <source>Exporting backup…</source>
        <translation>جارٍ تصدير النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>12,400 of 31,000 records</source>
        <translation>12,400 سجل من أصل 31,000</translation>
    </message>
    <message>
        <source>Opening the clinic database…</source>
        <translation>جارٍ فتح قاعدة بيانات العيادة…</translation>
    </message>
    <message>
        <source>Page content under the overlay</source>
        <translation>محتوى الصفحة أسفل المؤشر</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>جارٍ فحص النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>The page stays usable.</source>
        <translation>تبقى الصفحة قابلة للاستخدام.</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Enter a date.</source>
        <translation>أدخل تاريخًا.</translation>
    </message>
    <message>
        <source>Enter the year with four digits, for example 1984.</source>
        <translation>أدخل السنة بأربعة أرقام، مثل 1984.</translation>
    </message>
    <message>
        <source>This date does not exist. Check the day and the month.</source>
        <translation>هذا التاريخ غير موجود. تحقّق من اليوم والشهر.</translation>
    </message>
    <message>
        <source>Enter a date as day/month/year, for example 12/03/1984.</source>
        <translation>أدخل التاريخ بصيغة يوم/شهر/سنة، مثل 12/03/1984.</translation>
    </message>
    <message>
        <source>Enter a date as month/day/year, for example 03/12/1984.</source>
        <translation>أدخل التاريخ بصيغة شهر/يوم/سنة، مثل 03/12/1984.</translation>
    </message>
    <message>
        <source>Enter a date on or after %1.</source>
        <translation>أدخل تاريخًا في %1 أو بعده.</translation>
    </message>
    <message>
        <source>Enter a date on or before %1.</source>
        <translation>أدخل تاريخًا في %1 أو قبله.</translation>
    </message>
    <message>
        <source>Day/month/year, for example 12/03/1984.</source>
        <translation>يوم/شهر/سنة، مثل 12/03/1984.</translation>
    </message>
    <message>
        <source>Month/day/year, for example 03/12/1984.</source>
        <translation>شهر/يوم/سنة، مثل 03/12/1984.</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>قُرئ على أنه %1.</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <source>mm/dd/yyyy</source>
        <translation>شهر/يوم/سنة</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>ملاءمة الصفحة للعرض</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close the document</source>
        <translation>إغلاق المستند</translation>
    </message>
    <message>
        <source>Find in this document</source>
        <translation>البحث في هذا المستند</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) on this page</source>
        <translation>
            <numerusform>لا توجد نتائج في هذه الصفحة</numerusform>
            <numerusform>نتيجة واحدة في هذه الصفحة</numerusform>
            <numerusform>نتيجتان في هذه الصفحة</numerusform>
            <numerusform>%n نتائج في هذه الصفحة</numerusform>
            <numerusform>%n نتيجة في هذه الصفحة</numerusform>
            <numerusform>%n نتيجة في هذه الصفحة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Document stored.</source>
        <translation>تم حفظ المستند.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>أُلغي الاستيراد؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Import a document</source>
        <translation>استيراد مستند</translation>
    </message>
    <message>
        <source>Search in documents</source>
        <translation>البحث في المستندات</translation>
    </message>
    <message>
        <source>Search in this patient&apos;s documents</source>
        <translation>البحث في مستندات هذا المريض</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1، الصفحة %2</translation>
    </message>
    <message>
        <source>Match in %1, page %2: %3</source>
        <translation>نتيجة في %1، الصفحة %2: %3</translation>
    </message>
    <message>
        <source>No documents yet. Drop scans or PDFs here, or choose Import…</source>
        <translation>لا توجد مستندات بعد. أفلت هنا المسوحات أو ملفات PDF، أو اختر استيراد…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n page(s) · added by %2 on %3</source>
        <translation>
            <numerusform>%1 · بلا صفحات · أضافه %2 في %3</numerusform>
            <numerusform>%1 · صفحة واحدة · أضافه %2 في %3</numerusform>
            <numerusform>%1 · صفحتان · أضافه %2 في %3</numerusform>
            <numerusform>%1 · %n صفحات · أضافه %2 في %3</numerusform>
            <numerusform>%1 · %n صفحة · أضافه %2 في %3</numerusform>
            <numerusform>%1 · %n صفحة · أضافه %2 في %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>فتح %1</translation>
    </message>
    <message>
        <source>Scans and PDFs (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)</source>
        <translation>المسوحات وملفات PDF (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)</translation>
    </message>
    <message>
        <source>What is this document?</source>
        <translation>ما نوع هذا المستند؟</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be read with text recognition and stored encrypted.</source>
        <translation>
            <numerusform>لن يُقرأ أي ملف.</numerusform>
            <numerusform>سيُقرأ ملف واحد بالتعرف على النص ويُحفظ مشفرًا.</numerusform>
            <numerusform>سيُقرأ ملفان بالتعرف على النص ويُحفظان مشفرين.</numerusform>
            <numerusform>ستُقرأ %n ملفات بالتعرف على النص وتُحفظ مشفرة.</numerusform>
            <numerusform>سيُقرأ %n ملفًا بالتعرف على النص ويُحفظ مشفرًا.</numerusform>
            <numerusform>سيُقرأ %n ملف بالتعرف على النص ويُحفظ مشفرًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Document kind</source>
        <translation>نوع المستند</translation>
    </message>
    <message>
        <source>Importing a document</source>
        <translation>جارٍ استيراد مستند</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Outpost</source>
        <translation>مرحبًا بك في Outpost</translation>
    </message>
    <message>
        <source>This computer does not hold a clinic database yet. Outpost keeps all of the clinic&apos;s records here, encrypted, and works without a network.</source>
        <translation>لا يحتوي هذا الحاسوب على قاعدة بيانات للعيادة بعد. يحفظ Outpost جميع سجلات العيادة هنا مشفّرةً، ويعمل دون اتصال بالشبكة.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>فتح مجلد السجلات</translation>
    </message>
</context>
<context>
    <name>IdScanDialog</name>
    <message>
        <source>Check the fields read from the card</source>
        <translation>تحقق من الحقول المقروءة من البطاقة</translation>
    </message>
    <message>
        <source>Fill confirmed fields</source>
        <translation>ملء الحقول المؤكدة</translation>
    </message>
    <message>
        <source>Compare each value with the card. Tick the ones that are right; only those are filled in.</source>
        <translation>قارن كل قيمة بالبطاقة. ضع علامة على القيم الصحيحة؛ لن تُملأ سواها.</translation>
    </message>
    <message>
        <source>No fields could be read from this card. Type them in by hand.</source>
        <translation>تعذرت قراءة أي حقل من هذه البطاقة. أدخلها يدويًا.</translation>
    </message>
    <message>
        <source>Use %1: %2</source>
        <translation>استخدام %1: %2</translation>
    </message>
    <message>
        <source>Confidence %1 % · check digits hold</source>
        <translation>الثقة %1 % · أرقام التحقق صحيحة</translation>
    </message>
    <message>
        <source>Confidence %1 % · not verified</source>
        <translation>الثقة %1 % · غير متحقق منه</translation>
    </message>
    <message>
        <source>Where %1 was read on the card</source>
        <translation>موضع قراءة %1 على البطاقة</translation>
    </message>
</context>
<context>
    <name>LabeledTextField</name>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (مطلوب)</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Locked by %1</source>
        <translation>مقفل من قِبل %1</translation>
    </message>
    <message>
        <source>Log in to %1</source>
        <translation>تسجيل الدخول إلى %1</translation>
    </message>
    <message>
        <source>Outpost</source>
        <translation>Outpost</translation>
    </message>
    <message>
        <source>Enter your password to go on where you left off.</source>
        <translation>أدخل كلمة المرور لمتابعة العمل من حيث توقفت.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>إلغاء القفل</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>العودة إلى %1</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>تبديل المستخدم</translation>
    </message>
    <message>
        <source>Checking the password</source>
        <translation>جارٍ التحقق من كلمة المرور</translation>
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
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>ملء ال&amp;شاشة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>فتح مجلد ال&amp;سجلات</translation>
    </message>
    <message>
        <source>&amp;About Outpost</source>
        <translation>&amp;حول Outpost</translation>
    </message>
    <message>
        <source>%1 — Outpost</source>
        <translation>%1 — Outpost</translation>
    </message>
    <message>
        <source>&amp;New Patient</source>
        <translation>مريض &amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Find Patient</source>
        <translation>&amp;بحث عن مريض</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>الم&amp;ظهر</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;فاتح</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;داكن</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;تباين عالٍ</translation>
    </message>
    <message>
        <source>Text &amp;Size</source>
        <translation>&amp;حجم النص</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>الإ&amp;دارة</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>ال&amp;مستخدمون</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>سجل الت&amp;دقيق</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>مريض جديد</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>البحث عن مريض</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Move through search results</source>
        <translation>التنقل بين نتائج البحث</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the patient</source>
        <translation>فتح ملف المريض</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the search, close a dialog</source>
        <translation>مسح البحث، إغلاق مربع حوار</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>ملء الشاشة</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Export Backup…</source>
        <translation>&amp;تصدير نسخة احتياطية…</translation>
    </message>
    <message>
        <source>&amp;Verify Backup…</source>
        <translation>ال&amp;تحقق من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>&amp;Restore Backup…</source>
        <translation>ا&amp;ستعادة نسخة احتياطية…</translation>
    </message>
</context>
<context>
    <name>ModalDialog</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Amend note</source>
        <translation>تعديل الملاحظة</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>ملاحظة جديدة</translation>
    </message>
    <message>
        <source>Subjective</source>
        <translation>ذاتي</translation>
    </message>
    <message>
        <source>What the patient reports</source>
        <translation>ما يذكره المريض</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>موضوعي</translation>
    </message>
    <message>
        <source>Examination and measurements</source>
        <translation>الفحص والقياسات</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Diagnosis or impression</source>
        <translation>التشخيص أو الانطباع</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>Treatment, tests, follow-up</source>
        <translation>العلاج، الفحوص، المتابعة</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>سبب التعديل</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation>حفظ التعديل</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>حفظ الملاحظة</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>تجاهل المسودة</translation>
    </message>
</context>
<context>
    <name>PatientChartPage</name>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Vitals</source>
        <translation>العلامات الحيوية</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>حساسية</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>دواء</translation>
    </message>
    <message>
        <source>Patient chart</source>
        <translation>ملف المريض</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>لا توجد حساسية معروفة</translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation>الحساسية: %1</translation>
    </message>
    <message>
        <source>Reason for emergency access</source>
        <translation>سبب الوصول الطارئ</translation>
    </message>
    <message>
        <source>At least 10 characters. Recorded in the audit log.</source>
        <translation>10 أحرف على الأقل. يُسجَّل في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Open in an emergency</source>
        <translation>فتح عبر الوصول الطارئ</translation>
    </message>
    <message>
        <source>Chart sections</source>
        <translation>أقسام الملف</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>Access history</source>
        <translation>سجل الوصول</translation>
    </message>
    <message>
        <source>Active problems</source>
        <translation>المشكلات النشطة</translation>
    </message>
    <message>
        <source>No active problems</source>
        <translation>لا توجد مشكلات نشطة</translation>
    </message>
    <message>
        <source>Active medications</source>
        <translation>الأدوية الحالية</translation>
    </message>
    <message>
        <source>No active medications</source>
        <translation>لا توجد أدوية حالية</translation>
    </message>
    <message>
        <source>Latest vitals</source>
        <translation>أحدث العلامات الحيوية</translation>
    </message>
    <message>
        <source>No vitals recorded</source>
        <translation>لم تُسجَّل علامات حيوية</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>تم حفظ الملاحظة.</translation>
    </message>
    <message>
        <source>No encounters yet</source>
        <translation>لا توجد زيارات بعد</translation>
    </message>
    <message>
        <source>Notes and vitals recorded at a visit appear here.</source>
        <translation>تظهر هنا الملاحظات والعلامات الحيوية المسجّلة خلال الزيارة.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>amended: %1</source>
        <translation>معدَّل: %1</translation>
    </message>
    <message>
        <source>S</source>
        <translation>ذاتي</translation>
    </message>
    <message>
        <source>O</source>
        <translation>موضوعي</translation>
    </message>
    <message>
        <source>A</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>P</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>History</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>أُدخل خطأً</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Mark as entered in error</source>
        <translation>وضع علامة «أُدخل خطأً»</translation>
    </message>
    <message>
        <source>Mark in error</source>
        <translation>تعليم كخطأ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Entry history</source>
        <translation>سجل تغييرات الإدخال</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>التعديل</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
</context>
<context>
    <name>PatientSummaryPage</name>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Back to the front desk</source>
        <translation>العودة إلى الاستقبال</translation>
    </message>
    <message>
        <source>Add to today&apos;s queue</source>
        <translation>إضافة إلى قائمة انتظار اليوم</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>about %1 (estimated)</source>
        <translation>نحو %1 (تقديري)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Clinical notes are visible to clinicians only.</source>
        <translation>لا يطّلع على الملاحظات السريرية إلا الممارسون الصحيون.</translation>
    </message>
</context>
<context>
    <name>ProgressOverlay</name>
    <message>
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
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
        <translation>أنثى</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>by identifier</source>
        <translation>حسب المعرّف</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>حسب الهاتف</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>حسب الاسم</translation>
    </message>
    <message>
        <source>by date of birth</source>
        <translation>حسب تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Name, date of birth, phone or ID</source>
        <translation>الاسم أو تاريخ الميلاد أو الهاتف أو المعرّف</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>البحث عن مريض</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>مريض جديد</translation>
    </message>
    <message>
        <source>Recent patients</source>
        <translation>آخر المرضى</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message numerus="yes">
        <source>More than %n patients match: type more to narrow down.</source>
        <translation>
            <numerusform>يطابق البحث أكثر من %n مريض: اكتب المزيد لتضييق النتائج.</numerusform>
            <numerusform>يطابق البحث أكثر من مريض واحد: اكتب المزيد لتضييق النتائج.</numerusform>
            <numerusform>يطابق البحث أكثر من مريضَين: اكتب المزيد لتضييق النتائج.</numerusform>
            <numerusform>يطابق البحث أكثر من %n مرضى: اكتب المزيد لتضييق النتائج.</numerusform>
            <numerusform>يطابق البحث أكثر من %n مريضًا: اكتب المزيد لتضييق النتائج.</numerusform>
            <numerusform>يطابق البحث أكثر من %n مريض: اكتب المزيد لتضييق النتائج.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) found</source>
        <translation>
            <numerusform>لم يُعثر على أي مريض</numerusform>
            <numerusform>تم العثور على مريض واحد</numerusform>
            <numerusform>تم العثور على مريضَين</numerusform>
            <numerusform>تم العثور على %n مرضى</numerusform>
            <numerusform>تم العثور على %n مريضًا</numerusform>
            <numerusform>تم العثور على %n مريض</numerusform>
        </translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>المرضى</translation>
    </message>
    <message>
        <source>born about %1</source>
        <translation>مواليد %1 تقريبًا</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>مواليد %1</translation>
    </message>
    <message>
        <source>No recent patients</source>
        <translation>لا يوجد مرضى حديثون</translation>
    </message>
    <message>
        <source>No patient found</source>
        <translation>لم يُعثر على أي مريض</translation>
    </message>
    <message>
        <source>Patients you open appear here. Type a name, a date of birth, a phone number or an ID to search.</source>
        <translation>يظهر هنا المرضى الذين تفتح ملفاتهم. للبحث، اكتب اسمًا أو تاريخ ميلاد أو رقم هاتف أو معرّفًا.</translation>
    </message>
    <message>
        <source>Check the spelling, try part of the name, or register a new patient.</source>
        <translation>تحقّق من الإملاء، أو جرّب جزءًا من الاسم، أو سجّل مريضًا جديدًا.</translation>
    </message>
    <message>
        <source>Today&apos;s queue</source>
        <translation>قائمة انتظار اليوم</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>لا أحد في الانتظار</numerusform>
            <numerusform>واحد في الانتظار</numerusform>
            <numerusform>اثنان في الانتظار</numerusform>
            <numerusform>%n في الانتظار</numerusform>
            <numerusform>%n في الانتظار</numerusform>
            <numerusform>%n في الانتظار</numerusform>
        </translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>تسجيل الوصول</translation>
    </message>
    <message>
        <source>Send in</source>
        <translation>إدخال إلى الممارس</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>No set time</source>
        <translation>دون وقت محدد</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>More actions for %1</source>
        <translation>إجراءات أخرى لـ %1</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>إلغاء الموعد</translation>
    </message>
    <message>
        <source>Nobody in the queue</source>
        <translation>لا أحد في قائمة الانتظار</translation>
    </message>
    <message>
        <source>Booked and walk-in patients for today appear here.</source>
        <translation>يظهر هنا مرضى اليوم، بموعد أو من دون موعد.</translation>
    </message>
    <message>
        <source>matched in a document</source>
        <translation>وُجد في مستند</translation>
    </message>
</context>
<context>
    <name>RecoveryKeySheet</name>
    <message>
        <source>Outpost recovery key</source>
        <translation>مفتاح الاسترداد لـ Outpost</translation>
    </message>
    <message>
        <source>Clinic: %1</source>
        <translation>العيادة: %1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>تاريخ الطباعة: %1</translation>
    </message>
    <message>
        <source>With this key anyone can open the clinic&apos;s records, and without it a forgotten admin password cannot be reset. Keep this sheet locked away from the computer, for example in the clinic&apos;s safe. Do not photograph it or store it on the computer.</source>
        <translation>بهذا المفتاح يستطيع أي شخص فتح سجلات العيادة، ومن دونه لا يمكن إعادة تعيين كلمة مرور مسؤول منسية. احفظ هذه الورقة في مكان مقفل بعيدًا عن الحاسوب، مثل خزنة العيادة. لا تصوّرها ولا تحفظها على الحاسوب.</translation>
    </message>
    <message>
        <source>To use it: Outpost → sign-in screen, or outpostctl unlock-with-recovery-key.</source>
        <translation>لاستخدامه: Outpost ← شاشة تسجيل الدخول، أو outpostctl unlock-with-recovery-key.</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <source>New patient</source>
        <translation>مريض جديد</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>A family name or a given name is needed.</source>
        <translation>يلزم إدخال اسم العائلة أو الاسم الأول.</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <source>Middle names, patronymic, name at birth.</source>
        <translation>الأسماء الوسطى، اسم الأب، اسم الولادة.</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>The date is an estimate</source>
        <translation>التاريخ تقديري</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Identifier kind</source>
        <translation>نوع المعرّف</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>جارٍ الحفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>This patient may already be registered</source>
        <translation>ربما يكون هذا المريض مسجَّلًا بالفعل</translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>التسجيل على أي حال</translation>
    </message>
    <message>
        <source>Check that none of these is the same person. Open the existing record instead if one is.</source>
        <translation>تأكّد من أن أيًّا من هؤلاء ليس الشخص نفسه. وإن كان أحدهم كذلك، فافتح ملفه الموجود بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>%1, born %2 (%3)</source>
        <translation>%1، مواليد %2 (%3)</translation>
    </message>
    <message>
        <source>Why is this a different person?</source>
        <translation>لماذا يُعدّ هذا شخصًا مختلفًا؟</translation>
    </message>
    <message>
        <source>Scan ID card…</source>
        <translation>مسح بطاقة الهوية…</translation>
    </message>
    <message>
        <source>Scan an ID card or passport to propose the fields</source>
        <translation>مسح بطاقة هوية أو جواز سفر لاقتراح الحقول</translation>
    </message>
    <message>
        <source>Scan ID card</source>
        <translation>مسح بطاقة الهوية</translation>
    </message>
    <message>
        <source>Scans and PDFs (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)</source>
        <translation>المسوحات وملفات PDF (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)</translation>
    </message>
    <message>
        <source>Reading the ID card</source>
        <translation>جارٍ قراءة بطاقة الهوية</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>مسح البحث</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>اتباع إعدادات النظام</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Language, theme and text size apply to this computer and take effect at once.</source>
        <translation>تنطبق اللغة والمظهر وحجم النص على هذا الحاسوب وتسري فورًا.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Lock the screen after this many minutes without input</source>
        <translation>قفل الشاشة بعد هذا العدد من الدقائق دون أي إدخال</translation>
    </message>
    <message>
        <source>Applies to every user of this clinic, from 1 to 240 minutes.</source>
        <translation>ينطبق على جميع مستخدمي هذه العيادة، من 1 إلى 240 دقيقة.</translation>
    </message>
    <message>
        <source>Auto-lock minutes</source>
        <translation>دقائق القفل التلقائي</translation>
    </message>
    <message>
        <source>Save auto-lock</source>
        <translation>حفظ القفل التلقائي</translation>
    </message>
    <message>
        <source>Auto-lock saved.</source>
        <translation>تم حفظ القفل التلقائي.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Enter the clinic&apos;s name.</source>
        <translation>أدخل اسم العيادة.</translation>
    </message>
    <message>
        <source>Set up your clinic</source>
        <translation>إعداد عيادتك</translation>
    </message>
    <message>
        <source>Step %1 of 3</source>
        <translation>الخطوة %1 من 3</translation>
    </message>
    <message>
        <source>Outpost keeps the clinic&apos;s records on this computer, encrypted, in %1.</source>
        <translation>يحفظ Outpost سجلات العيادة على هذا الحاسوب مشفّرةً، في %1.</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>اسم العيادة</translation>
    </message>
    <message>
        <source>The first user manages the clinic: other users, backups and settings.</source>
        <translation>يدير المستخدم الأول العيادة: المستخدمين الآخرين والنسخ الاحتياطية والإعدادات.</translation>
    </message>
    <message>
        <source>Admin user name</source>
        <translation>اسم مستخدم المسؤول</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>At least 10 characters; a few unrelated words work well.</source>
        <translation>10 أحرف على الأقل؛ وتصلح لذلك بضع كلمات لا رابط بينها.</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>تأكيد كلمة المرور</translation>
    </message>
    <message>
        <source>This recovery key opens the clinic&apos;s records if every password is lost. Outpost shows it only now and does not keep it. Write it down or save it, and keep it locked away from this computer.</source>
        <translation>يفتح مفتاح الاسترداد هذا سجلات العيادة إذا فُقدت جميع كلمات المرور. لا يعرضه Outpost إلا الآن ولا يحتفظ به. دوّنه أو احفظه، واحتفظ به في مكان مقفل بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>نسخ مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe, then clear the clipboard.</source>
        <translation>تم النسخ. الصقه في مكان آمن، ثم امسح الحافظة.</translation>
    </message>
    <message>
        <source>Save as text file…</source>
        <translation>حفظ كملف نصي…</translation>
    </message>
    <message>
        <source>Saved to %1. Move it to a USB stick and delete it here.</source>
        <translation>حُفظ في %1. انقل الملف إلى ذاكرة USB واحذفه من هنا.</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation>تعذّر حفظ الملف.</translation>
    </message>
    <message>
        <source>I have written it down or saved it</source>
        <translation>لقد دوّنته أو حفظته</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Creating the encrypted database</source>
        <translation>جارٍ إنشاء قاعدة البيانات المشفّرة</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Create clinic</source>
        <translation>إنشاء العيادة</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>طباعة مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Sent to the printer. Keep the sheet away from this computer.</source>
        <translation>أُرسلت إلى الطابعة. احفظ الورقة بعيدًا عن هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>outpost::CoreText</name>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation>كلمة المرور قصيرة جدًا: استخدم %1 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>This password is one of the most commonly used ones. Choose another.</source>
        <translation>كلمة المرور هذه من أكثر كلمات المرور استخدامًا. اختر كلمة مرور أخرى.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>يجب ألا تحتوي كلمة المرور على اسم المستخدم.</translation>
    </message>
    <message>
        <source>Choose a folder for the automatic backups.</source>
        <translation>اختر مجلدًا للنسخ الاحتياطية التلقائية.</translation>
    </message>
    <message>
        <source>No backup passphrase is set for automatic backups. Set one in Settings.</source>
        <translation>لم تُعيَّن عبارة مرور للنسخ الاحتياطية التلقائية. عيّنها في الإعدادات.</translation>
    </message>
    <message>
        <source>The backup&apos;s header is damaged or not an Outpost backup.</source>
        <translation>ترويسة النسخة الاحتياطية تالفة، أو أن الملف ليس نسخة احتياطية من Outpost.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>أُلغي. لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>A backup passphrase needs at least 8 characters.</source>
        <translation>تحتاج عبارة مرور النسخة الاحتياطية إلى 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation>تعذّر تشغيل مكتبة التشفير.</translation>
    </message>
    <message>
        <source>This backup was made with the clinic&apos;s recovery key: give the recovery key, not a passphrase.</source>
        <translation>أُنشئت هذه النسخة الاحتياطية بمفتاح الاسترداد الخاص بالعيادة: أدخل مفتاح الاسترداد، لا عبارة مرور.</translation>
    </message>
    <message>
        <source>Wrong recovery key: it does not open this backup.</source>
        <translation>مفتاح الاسترداد خاطئ: لا يفتح هذه النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Wrong backup passphrase.</source>
        <translation>عبارة مرور النسخة الاحتياطية خاطئة.</translation>
    </message>
    <message>
        <source>The saved automatic-backup key is not usable; set the backup passphrase again.</source>
        <translation>مفتاح النسخ الاحتياطي التلقائي المحفوظ غير صالح للاستخدام؛ عيّن عبارة مرور النسخ الاحتياطية مرة أخرى.</translation>
    </message>
    <message>
        <source>This file is not an Outpost backup.</source>
        <translation>هذا الملف ليس نسخة احتياطية من Outpost.</translation>
    </message>
    <message>
        <source>The backup is incomplete: the file ends before its last part (it was cut short or the copy did not finish).</source>
        <translation>النسخة الاحتياطية ناقصة: ينتهي الملف قبل جزئه الأخير (ربما قُطع أو لم يكتمل نسخه).</translation>
    </message>
    <message>
        <source>The backup is damaged: part %1 failed authentication (the file was changed or the disk corrupted it).</source>
        <translation>النسخة الاحتياطية تالفة: فشل التحقق من سلامة الجزء %1 (عُدّل الملف أو أتلفه القرص).</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Outpost (backup format %1; this version reads format %2). Update Outpost to read it.</source>
        <translation>أُنشئت هذه النسخة الاحتياطية بإصدار أحدث من Outpost (صيغة النسخة %1؛ وهذا الإصدار يقرأ الصيغة %2). حدّث Outpost لقراءتها.</translation>
    </message>
    <message>
        <source>The backup&apos;s header is damaged.</source>
        <translation>ترويسة النسخة الاحتياطية تالفة.</translation>
    </message>
    <message>
        <source>The backup&apos;s header has not been read.</source>
        <translation>لم تُقرأ ترويسة النسخة الاحتياطية بعد.</translation>
    </message>
    <message>
        <source>A backup key must be 32 bytes.</source>
        <translation>يجب أن يكون طول مفتاح النسخة الاحتياطية 32 بايت.</translation>
    </message>
    <message>
        <source>The backup holds more pages than its header says.</source>
        <translation>تحتوي النسخة الاحتياطية على صفحات أكثر مما تذكره ترويستها.</translation>
    </message>
    <message>
        <source>The backup is damaged: it ends inside a page.</source>
        <translation>النسخة الاحتياطية تالفة: تنتهي في منتصف صفحة.</translation>
    </message>
    <message>
        <source>The backup is damaged: its data is incomplete.</source>
        <translation>النسخة الاحتياطية تالفة: بياناتها ناقصة.</translation>
    </message>
    <message>
        <source>The backup is damaged: it holds fewer pages than its header says.</source>
        <translation>النسخة الاحتياطية تالفة: تحتوي على صفحات أقل مما تذكره ترويستها.</translation>
    </message>
    <message>
        <source>The backup is damaged: there are bytes after its end.</source>
        <translation>النسخة الاحتياطية تالفة: توجد بايتات بعد نهايتها.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>لا يوجد ملف في %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: this user may not read it.</source>
        <translation>تعذّرت قراءة %1: لا يملك هذا المستخدم إذن قراءته.</translation>
    </message>
    <message>
        <source>The backup is damaged: its keyring is unreadable.</source>
        <translation>النسخة الاحتياطية تالفة: تتعذّر قراءة حلقة المفاتيح فيها.</translation>
    </message>
    <message>
        <source>The backup is damaged: its keyring does not match its data key.</source>
        <translation>النسخة الاحتياطية تالفة: حلقة المفاتيح فيها لا تطابق مفتاح بياناتها.</translation>
    </message>
    <message>
        <source>The backup is damaged: the database it holds does not open.</source>
        <translation>النسخة الاحتياطية تالفة: يتعذّر فتح قاعدة البيانات التي تحتويها.</translation>
    </message>
    <message>
        <source>The backup is damaged: the database it holds fails SQLite&apos;s integrity check.</source>
        <translation>النسخة الاحتياطية تالفة: قاعدة البيانات التي تحتويها لم تجتز فحص السلامة في SQLite.</translation>
    </message>
    <message>
        <source>The backup is damaged: its tables do not hold the number of rows its header lists.</source>
        <translation>النسخة الاحتياطية تالفة: لا تحتوي جداولها على عدد الصفوف المذكور في ترويستها.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: this user may not write there.</source>
        <translation>تعذّر إنشاء المجلد %1: لا يملك هذا المستخدم إذن الكتابة هناك.</translation>
    </message>
    <message>
        <source>Cannot write to the folder %1: it is read-only or this user may not change it.</source>
        <translation>تعذّرت الكتابة في المجلد %1: إنه للقراءة فقط، أو لا يملك هذا المستخدم إذن تعديله.</translation>
    </message>
    <message>
        <source>The folder %1 already holds an Outpost database; restore into an empty folder, or replace the current data after confirming.</source>
        <translation>يحتوي المجلد %1 بالفعل على قاعدة بيانات Outpost؛ استعِد النسخة إلى مجلد فارغ، أو استبدل البيانات الحالية بعد التأكيد.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>تعذّرت قراءة %1.</translation>
    </message>
    <message>
        <source>There is no Outpost database in %1 to replace.</source>
        <translation>لا توجد في %1 قاعدة بيانات Outpost لاستبدالها.</translation>
    </message>
    <message>
        <source>There is already a file at %1; choose another name.</source>
        <translation>يوجد ملف بالفعل في %1؛ اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist (is the disk connected?).</source>
        <translation>المجلد %1 غير موجود (هل القرص موصول؟).</translation>
    </message>
    <message>
        <source>The backup file is not open.</source>
        <translation>ملف النسخة الاحتياطية غير مفتوح.</translation>
    </message>
    <message>
        <source>This backup destination cannot start again.</source>
        <translation>لا يمكن بدء وجهة النسخ الاحتياطي هذه مرة أخرى.</translation>
    </message>
    <message>
        <source>The backup could not be compressed.</source>
        <translation>تعذّر ضغط النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>The keyring file does not belong to the open database; the backup was not made.</source>
        <translation>ملف حلقة المفاتيح لا يخص قاعدة البيانات المفتوحة؛ لم تُنشأ النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Cannot read the keyring file %1.</source>
        <translation>تعذّرت قراءة ملف حلقة المفاتيح %1.</translation>
    </message>
    <message>
        <source>The encrypted storage could not start.</source>
        <translation>تعذّر تشغيل التخزين المشفّر.</translation>
    </message>
    <message>
        <source>There is already a file at %1.</source>
        <translation>يوجد ملف بالفعل في %1.</translation>
    </message>
    <message>
        <source>The working copy could not be opened.</source>
        <translation>تعذّر فتح نسخة العمل.</translation>
    </message>
    <message>
        <source>The backup could not start its database copy.</source>
        <translation>تعذّر على النسخ الاحتياطي بدء نسخ قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The backup could not copy the database: %1. Nothing was saved.</source>
        <translation>تعذّر على النسخ الاحتياطي نسخ قاعدة البيانات: %1. لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>Row %1 was removed.</source>
        <translation>حُذف الصف %1.</translation>
    </message>
    <message>
        <source>Row %1 does not follow row %2: the chain was rewritten.</source>
        <translation>الصف %1 لا يلي الصف %2: أُعيدت كتابة السلسلة.</translation>
    </message>
    <message>
        <source>Row %1 was changed.</source>
        <translation>عُدّل الصف %1.</translation>
    </message>
    <message>
        <source>Rows %1 to %2 were removed from the end.</source>
        <translation>حُذفت الصفوف من %1 إلى %2 من نهاية السجل.</translation>
    </message>
    <message>
        <source>The newest rows do not match the recorded end of the log.</source>
        <translation>أحدث الصفوف لا تطابق نهاية السجل المسجّلة.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an admin to enable it.</source>
        <translation>هذا الحساب معطَّل. اطلب من مسؤول تفعيله.</translation>
    </message>
    <message>
        <source>This session is not locked.</source>
        <translation>هذه الجلسة غير مقفلة.</translation>
    </message>
    <message>
        <source>Only %1 can unlock this session. To work as %2, use Switch user.</source>
        <translation>لا يستطيع إلغاء قفل هذه الجلسة إلا %1. للعمل باسم %2، استخدم «تبديل المستخدم».</translation>
    </message>
    <message>
        <source>The screen locks after %1 to %2 minutes of inactivity.</source>
        <translation>تُقفل الشاشة بعد خمول يتراوح بين %1 و%2 دقيقة.</translation>
    </message>
    <message>
        <source>Say why you need this patient&apos;s clinical record, in at least %1 characters.</source>
        <translation>اذكر سبب حاجتك إلى الملف السريري لهذا المريض، في %1 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Keep the reason under %1 characters.</source>
        <translation>اجعل السبب أقصر من %1 حرفًا.</translation>
    </message>
    <message>
        <source>No patient has this id.</source>
        <translation>لا يوجد مريض بهذا المعرّف.</translation>
    </message>
    <message>
        <source>No encounter has this id.</source>
        <translation>لا توجد زيارة بهذا المعرّف.</translation>
    </message>
    <message>
        <source>No clinical entry has this id.</source>
        <translation>لا يوجد إدخال سريري بهذا المعرّف.</translation>
    </message>
    <message>
        <source>This encounter belongs to another patient.</source>
        <translation>هذه الزيارة تخص مريضًا آخر.</translation>
    </message>
    <message>
        <source>This encounter is closed; amend its entries or open a new encounter.</source>
        <translation>هذه الزيارة مغلقة؛ عدّل إدخالاتها أو افتح زيارة جديدة.</translation>
    </message>
    <message>
        <source>This encounter was entered in error.</source>
        <translation>وُضعت على هذه الزيارة علامة «أُدخل خطأً».</translation>
    </message>
    <message>
        <source>This encounter is already closed.</source>
        <translation>هذه الزيارة مغلقة بالفعل.</translation>
    </message>
    <message>
        <source>Marking an encounter as entered in error needs a reason.</source>
        <translation>يلزم ذكر سبب لوضع علامة «أُدخل خطأً» على زيارة.</translation>
    </message>
    <message>
        <source>This encounter was already entered in error.</source>
        <translation>وُضعت على هذه الزيارة علامة «أُدخل خطأً» من قبل.</translation>
    </message>
    <message>
        <source>A note is written in an encounter; open one first.</source>
        <translation>تُكتب الملاحظة ضمن زيارة؛ افتح زيارة أولًا.</translation>
    </message>
    <message>
        <source>Vitals are recorded in an encounter; open one first.</source>
        <translation>تُسجَّل العلامات الحيوية ضمن زيارة؛ افتح زيارة أولًا.</translation>
    </message>
    <message>
        <source>An amendment needs a reason.</source>
        <translation>يلزم ذكر سبب للتعديل.</translation>
    </message>
    <message>
        <source>Marking an entry as entered in error needs a reason.</source>
        <translation>يلزم ذكر سبب لوضع علامة «أُدخل خطأً» على إدخال.</translation>
    </message>
    <message>
        <source>This entry was entered in error; it can&apos;t be changed.</source>
        <translation>وُضعت على هذا الإدخال علامة «أُدخل خطأً»؛ ولا يمكن تغييره.</translation>
    </message>
    <message>
        <source>This entry has been amended since; change its newest version.</source>
        <translation>عُدّل هذا الإدخال منذ ذلك الحين؛ غيّر أحدث إصدار منه.</translation>
    </message>
    <message>
        <source>The amendment is the same as the entry; change something first.</source>
        <translation>التعديل مطابق للإدخال؛ غيّر شيئًا أولًا.</translation>
    </message>
    <message>
        <source>A %1&apos;s status must be active or %2.</source>
        <translation>يجب أن تكون حالة %1 «نشطة» أو «%2».</translation>
    </message>
    <message>
        <source>A note needs at least one of subjective, objective, assessment or plan.</source>
        <translation>تحتاج الملاحظة إلى قسم واحد على الأقل من: ذاتي، موضوعي، التقييم، الخطة.</translation>
    </message>
    <message>
        <source>%1 must be a number in %2.</source>
        <translation>يجب أن تكون قيمة %1 رقمًا بوحدة %2.</translation>
    </message>
    <message>
        <source>%1 must be given in %2.</source>
        <translation>يجب إدخال %1 بوحدة %2.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4; %5 is not plausible.</source>
        <translation>يجب أن تكون قيمة %1 بين %2 و%3 %4؛ القيمة %5 غير معقولة.</translation>
    </message>
    <message>
        <source>Vitals need at least one measurement.</source>
        <translation>تحتاج العلامات الحيوية إلى قياس واحد على الأقل.</translation>
    </message>
    <message>
        <source>Blood pressure needs both the systolic and the diastolic value.</source>
        <translation>يحتاج ضغط الدم إلى القيمتين الانقباضية والانبساطية معًا.</translation>
    </message>
    <message>
        <source>Systolic pressure must be higher than diastolic pressure.</source>
        <translation>يجب أن يكون الضغط الانقباضي أعلى من الضغط الانبساطي.</translation>
    </message>
    <message>
        <source>An allergy needs the substance the patient reacts to.</source>
        <translation>تحتاج الحساسية إلى ذكر المادة التي يتحسس منها المريض.</translation>
    </message>
    <message>
        <source>An allergy&apos;s severity must be mild, moderate, severe or life-threatening.</source>
        <translation>يجب أن تكون شدة الحساسية: خفيفة أو متوسطة أو شديدة أو مهددة للحياة.</translation>
    </message>
    <message>
        <source>A problem needs a name.</source>
        <translation>تحتاج المشكلة إلى اسم.</translation>
    </message>
    <message>
        <source>A medication needs a name.</source>
        <translation>يحتاج الدواء إلى اسم.</translation>
    </message>
    <message>
        <source>This entry is too long; split it into several entries.</source>
        <translation>هذا الإدخال طويل جدًا؛ قسّمه إلى عدة إدخالات.</translation>
    </message>
    <message>
        <source>Unknown kind of clinical entry.</source>
        <translation>نوع إدخال سريري غير معروف.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>A document page&apos;s word boxes cannot be read.</source>
        <translation>تتعذّر قراءة مربعات الكلمات في صفحة المستند.</translation>
    </message>
    <message>
        <source>No document has this id.</source>
        <translation>لا يوجد مستند بهذا المعرّف.</translation>
    </message>
    <message>
        <source>Page %1 has no image, or one too large to store.</source>
        <translation>الصفحة %1 بلا صورة، أو صورتها أكبر من أن تُحفظ.</translation>
    </message>
    <message>
        <source>Page %1&apos;s image is not a %2 image.</source>
        <translation>صورة الصفحة %1 ليست صورة %2.</translation>
    </message>
    <message>
        <source>Page %1 has no size.</source>
        <translation>الصفحة %1 بلا أبعاد.</translation>
    </message>
    <message>
        <source>Page %1 holds more text than a page can.</source>
        <translation>تحتوي الصفحة %1 على نص أكثر مما تتسع له صفحة.</translation>
    </message>
    <message>
        <source>A document needs at least one page.</source>
        <translation>يحتاج المستند إلى صفحة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>A document may have at most %1 pages.</source>
        <translation>لا يمكن أن يحتوي المستند على أكثر من %1 صفحة.</translation>
    </message>
    <message>
        <source>The document&apos;s title is too long (at most 255 characters).</source>
        <translation>عنوان المستند طويل جدًا (255 حرفًا كحد أقصى).</translation>
    </message>
    <message>
        <source>This document has no page %1.</source>
        <translation>هذا المستند لا يحتوي على الصفحة %1.</translation>
    </message>
    <message>
        <source>The search is too long (at most 200 characters).</source>
        <translation>نص البحث طويل جدًا (200 حرف كحد أقصى).</translation>
    </message>
    <message>
        <source>A draft needs a patient.</source>
        <translation>تحتاج المسودة إلى مريض.</translation>
    </message>
    <message>
        <source>The identifier kind “%1” is listed twice.</source>
        <translation>نوع المعرّف «%1» مذكور مرتين.</translation>
    </message>
    <message>
        <source>A clinic records at least one kind of identifier.</source>
        <translation>تسجّل العيادة نوعًا واحدًا على الأقل من المعرّفات.</translation>
    </message>
    <message>
        <source>A clinic records at most %1 kinds of identifier.</source>
        <translation>لا يمكن أن تسجّل العيادة أكثر من %1 أنواع من المعرّفات.</translation>
    </message>
    <message>
        <source>This clinic does not record identifiers of kind “%1”. It records: %2.</source>
        <translation>لا تسجّل هذه العيادة معرّفات من نوع «%1». الأنواع التي تسجّلها: %2.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in 1 second.</source>
        <translation>محاولات فاشلة كثيرة جدًا. حاول مرة أخرى بعد ثانية واحدة.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in %1 seconds.</source>
        <translation>محاولات فاشلة كثيرة جدًا. حاول مرة أخرى بعد %1 ثانية.</translation>
    </message>
    <message>
        <source>Records moved by the merge have changed since; the merge can&apos;t be undone.</source>
        <translation>تغيّرت منذ ذلك الحين السجلات التي نقلها الدمج؛ لا يمكن التراجع عن الدمج.</translation>
    </message>
    <message>
        <source>Entries written since the merge (%1) belong with records that came from the merged patient; the merge can&apos;t be undone.</source>
        <translation>الإدخالات المكتوبة منذ الدمج (%1) مرتبطة بسجلات جاءت من المريض المدموج؛ لا يمكن التراجع عن الدمج.</translation>
    </message>
    <message>
        <source>A merge needs a reason.</source>
        <translation>يلزم ذكر سبب للدمج.</translation>
    </message>
    <message>
        <source>A record can&apos;t be merged into itself.</source>
        <translation>لا يمكن دمج ملف في نفسه.</translation>
    </message>
    <message>
        <source>The record to keep does not exist.</source>
        <translation>الملف المراد الإبقاء عليه غير موجود.</translation>
    </message>
    <message>
        <source>The record to keep was itself merged into another record.</source>
        <translation>الملف المراد الإبقاء عليه دُمج هو نفسه في ملف آخر.</translation>
    </message>
    <message>
        <source>The duplicate record does not exist.</source>
        <translation>الملف المكرر غير موجود.</translation>
    </message>
    <message>
        <source>This duplicate has already been merged into another record.</source>
        <translation>دُمج هذا الملف المكرر في ملف آخر من قبل.</translation>
    </message>
    <message>
        <source>Undoing a merge needs a reason.</source>
        <translation>يلزم ذكر سبب للتراجع عن الدمج.</translation>
    </message>
    <message>
        <source>No merge has this id.</source>
        <translation>لا توجد عملية دمج بهذا المعرّف.</translation>
    </message>
    <message>
        <source>This merge has already been undone.</source>
        <translation>تم التراجع عن هذا الدمج من قبل.</translation>
    </message>
    <message>
        <source>The surviving record has since been merged into another record; undo that merge first.</source>
        <translation>دُمج الملف المُبقى عليه في ملف آخر منذ ذلك الحين؛ تراجع عن ذلك الدمج أولًا.</translation>
    </message>
    <message>
        <source>The merged record no longer points at the survivor; the merge can&apos;t be undone.</source>
        <translation>لم يعد الملف المدموج يشير إلى الملف المُبقى عليه؛ لا يمكن التراجع عن الدمج.</translation>
    </message>
    <message>
        <source>No patient with that id.</source>
        <translation>لا يوجد مريض بهذا المعرّف.</translation>
    </message>
    <message>
        <source>This patient may already be registered (%1 similar record(s)). Open the existing record, or give a reason why this is a different person.</source>
        <translation>ربما يكون هذا المريض مسجَّلًا بالفعل (عدد الملفات المشابهة: %1). افتح الملف الموجود، أو اذكر سبب كون هذا شخصًا مختلفًا.</translation>
    </message>
    <message>
        <source>This record was merged into another record; use the surviving record.</source>
        <translation>دُمج هذا الملف في ملف آخر؛ استخدم الملف المُبقى عليه.</translation>
    </message>
    <message>
        <source>No user has this id.</source>
        <translation>لا يوجد مستخدم بهذا المعرّف.</translation>
    </message>
    <message>
        <source>Appointments are booked with a clinician; this user is not one.</source>
        <translation>تُحجز المواعيد لدى ممارس صحي؛ وهذا المستخدم ليس ممارسًا صحيًا.</translation>
    </message>
    <message>
        <source>This clinician&apos;s account is disabled.</source>
        <translation>حساب هذا الممارس الصحي معطَّل.</translation>
    </message>
    <message>
        <source>This patient is already on today&apos;s list; check in that appointment.</source>
        <translation>هذا المريض موجود بالفعل في قائمة اليوم؛ سجّل وصوله في ذلك الموعد.</translation>
    </message>
    <message>
        <source>Choose the day of the appointment.</source>
        <translation>اختر يوم الموعد.</translation>
    </message>
    <message>
        <source>Appointments can&apos;t be booked on a day that has passed.</source>
        <translation>لا يمكن حجز مواعيد في يوم مضى.</translation>
    </message>
    <message>
        <source>The appointment time is not a valid time of day.</source>
        <translation>وقت الموعد ليس وقتًا صالحًا من اليوم.</translation>
    </message>
    <message>
        <source>No appointment has this id.</source>
        <translation>لا يوجد موعد بهذا المعرّف.</translation>
    </message>
    <message>
        <source>An appointment that is %1 can&apos;t be changed to %2.</source>
        <translation>لا يمكن تغيير موعد حالته «%1» إلى «%2».</translation>
    </message>
    <message>
        <source>Permission denied: the %1 role may not %2.</source>
        <translation>الإذن مرفوض: لا يحق لدور %1 تنفيذ ما يلي: %2.</translation>
    </message>
    <message>
        <source>Your account was changed since you logged in. Log in again.</source>
        <translation>تغيّر حسابك منذ تسجيل دخولك. سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>A user name has %1 to %2 letters, digits, dots, underscores or dashes, and starts with a letter or digit.</source>
        <translation>يتكوّن اسم المستخدم من %1 إلى %2 من الأحرف أو الأرقام أو النقاط أو الشرطات السفلية أو الشرطات، ويبدأ بحرف أو رقم.</translation>
    </message>
    <message>
        <source>A display name has 1 to %1 characters.</source>
        <translation>يتكوّن الاسم المعروض من 1 إلى %1 من الأحرف.</translation>
    </message>
    <message>
        <source>A display name cannot hold control characters.</source>
        <translation>لا يمكن أن يحتوي الاسم المعروض على أحرف تحكم.</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>لا يوجد مستخدم باسم «%1».</translation>
    </message>
    <message>
        <source>%1 is the last active admin. Make another user an admin first, so someone can still manage users.</source>
        <translation>المستخدم %1 هو آخر مسؤول نشط. اجعل مستخدمًا آخر مسؤولًا أولًا، ليبقى هناك من يدير المستخدمين.</translation>
    </message>
    <message>
        <source>This clinic already has users. An admin adds new ones.</source>
        <translation>لهذه العيادة مستخدمون بالفعل. يضيف المسؤول المستخدمين الجدد.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is taken (by &quot;%2&quot;). Choose another.</source>
        <translation>اسم المستخدم «%1» مستخدَم بالفعل (من قِبل «%2»). اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>لا يمكنك تعطيل حسابك الخاص.</translation>
    </message>
    <message>
        <source>%1 is already disabled.</source>
        <translation>المستخدم %1 معطَّل بالفعل.</translation>
    </message>
    <message>
        <source>%1 is not disabled.</source>
        <translation>المستخدم %1 غير معطَّل.</translation>
    </message>
    <message>
        <source>%1 already has the %2 role.</source>
        <translation>لدى المستخدم %1 دور %2 بالفعل.</translation>
    </message>
    <message>
        <source>%1 is disabled. Enable the account with a new password instead.</source>
        <translation>المستخدم %1 معطَّل. فعّل الحساب بكلمة مرور جديدة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>يجب أن تختلف كلمة المرور الجديدة عن الحالية.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>كلمة المرور الحالية غير صحيحة.</translation>
    </message>
    <message>
        <source>The configuration file %1 cannot be read.</source>
        <translation>تتعذّر قراءة ملف الإعدادات %1.</translation>
    </message>
    <message>
        <source>%1, line %2: expected &quot;setting = value&quot;.</source>
        <translation>%1، السطر %2: كان المتوقع «إعداد = قيمة».</translation>
    </message>
    <message>
        <source>%1, line %2 holds &quot;%3&quot;: passwords and keys never belong in a configuration file. Remove it.</source>
        <translation>%1، يحتوي السطر %2 على «%3»: لا مكان لكلمات المرور والمفاتيح في ملف الإعدادات أبدًا. احذفه.</translation>
    </message>
    <message>
        <source>%1, line %2: unknown setting &quot;%3&quot; ignored.</source>
        <translation>%1، السطر %2: تم تجاهل الإعداد غير المعروف «%3».</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>إعداد غير معروف: «%1».</translation>
    </message>
    <message>
        <source>The key derivation parameters are not usable.</source>
        <translation>معاملات اشتقاق المفتاح غير صالحة للاستخدام.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (Argon2id needs %1 MiB).</source>
        <translation>لا توجد ذاكرة كافية لاشتقاق المفتاح (يحتاج Argon2id إلى %1 MiB).</translation>
    </message>
    <message>
        <source>Restore it from a backup, or use the recovery key to make a new one (outpostctl unlock-with-recovery-key).</source>
        <translation>استعِده من نسخة احتياطية، أو استخدم مفتاح الاسترداد لإنشاء ملف جديد (outpostctl unlock-with-recovery-key).</translation>
    </message>
    <message>
        <source>A user name cannot be empty.</source>
        <translation>لا يمكن أن يكون اسم المستخدم فارغًا.</translation>
    </message>
    <message>
        <source>A password cannot be empty.</source>
        <translation>لا يمكن أن تكون كلمة المرور فارغة.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>تعذّر تشغيل مكتبة التشفير.</translation>
    </message>
    <message>
        <source>The Argon2id parameters are below libsodium&apos;s interactive minimum or absurdly high.</source>
        <translation>معاملات Argon2id أقل من الحد الأدنى التفاعلي في libsodium، أو مرتفعة بشكل غير معقول.</translation>
    </message>
    <message>
        <source>Wrong recovery key: it does not unlock this keyring.</source>
        <translation>مفتاح الاسترداد خاطئ: لا يفتح حلقة المفاتيح هذه.</translation>
    </message>
    <message>
        <source>That data key does not belong to this keyring.</source>
        <translation>مفتاح البيانات هذا لا يخص حلقة المفاتيح هذه.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; already has a key slot.</source>
        <translation>لدى المستخدم «%1» خانة مفتاح بالفعل.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; has no key slot.</source>
        <translation>ليس لدى المستخدم «%1» خانة مفتاح.</translation>
    </message>
    <message>
        <source>The recovery key cannot contain &quot;%1&quot;: it has only the digits and the letters A to Z without I, L, O and U.</source>
        <translation>لا يمكن أن يحتوي مفتاح الاسترداد على «%1»: فهو يتكوّن من الأرقام والأحرف من A إلى Z فقط، باستثناء I وL وO وU.</translation>
    </message>
    <message>
        <source>A recovery key has %1 letters and digits in %2 groups; this one has %3. Check it against the printed copy.</source>
        <translation>يتكوّن مفتاح الاسترداد من %1 من الأحرف والأرقام في %2 مجموعات؛ وهذا المفتاح فيه %3. قارنه بالنسخة المطبوعة.</translation>
    </message>
    <message>
        <source>The recovery key has a typo: compare each group with the printed copy.</source>
        <translation>في مفتاح الاسترداد خطأ مطبعي: قارن كل مجموعة بالنسخة المطبوعة.</translation>
    </message>
    <message>
        <source>The number of demo patients must be 0 to 2,000,000.</source>
        <translation>يجب أن يكون عدد المرضى التجريبيين بين 0 و2,000,000.</translation>
    </message>
    <message>
        <source>Demo data creation was cancelled.</source>
        <translation>أُلغي إنشاء البيانات التجريبية.</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>استخدم %1 أحرف على الأكثر.</translation>
    </message>
    <message>
        <source>Remove the invisible control characters.</source>
        <translation>احذف أحرف التحكم غير المرئية.</translation>
    </message>
    <message>
        <source>Enter a family name or a given name.</source>
        <translation>أدخل اسم العائلة أو الاسم الأول.</translation>
    </message>
    <message>
        <source>Enter the date of birth, or an estimate marked as approximate.</source>
        <translation>أدخل تاريخ الميلاد، أو تاريخًا تقديريًا مع تحديد أنه تقريبي.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>تاريخ الميلاد في المستقبل.</translation>
    </message>
    <message>
        <source>The date of birth is more than 130 years ago.</source>
        <translation>تاريخ الميلاد يعود إلى أكثر من 130 عامًا.</translation>
    </message>
    <message>
        <source>A phone number has 6 to 15 digits.</source>
        <translation>يتكوّن رقم الهاتف من 6 إلى 15 رقمًا.</translation>
    </message>
    <message>
        <source>Each identifier needs a kind and a value.</source>
        <translation>يحتاج كل معرّف إلى نوع وقيمة.</translation>
    </message>
    <message>
        <source>An identifier has at most 64 characters.</source>
        <translation>لا يتجاوز طول المعرّف 64 حرفًا.</translation>
    </message>
    <message>
        <source>Each contact needs a name.</source>
        <translation>تحتاج كل جهة اتصال إلى اسم.</translation>
    </message>
    <message>
        <source>Unknown log level &quot;%1&quot;: use trace, debug, info, warn, error or off.</source>
        <translation>مستوى السجل «%1» غير معروف: استخدم trace أو debug أو info أو warn أو error أو off.</translation>
    </message>
    <message>
        <source>The log folder %1 cannot be created.</source>
        <translation>يتعذّر إنشاء مجلد السجلات %1.</translation>
    </message>
    <message>
        <source>The search text is too long: use at most %1 characters.</source>
        <translation>نص البحث طويل جدًا: استخدم %1 أحرف على الأكثر.</translation>
    </message>
    <message>
        <source>A value of type %1 cannot be stored.</source>
        <translation>لا يمكن تخزين قيمة من النوع %1.</translation>
    </message>
    <message>
        <source>The statement takes %1 values, not %2.</source>
        <translation>تتطلب العبارة %1 من القيم، وليس %2.</translation>
    </message>
    <message>
        <source>Exactly one SQL statement is expected here.</source>
        <translation>يُتوقع هنا عبارة SQL واحدة بالضبط.</translation>
    </message>
    <message>
        <source>There is no Outpost database in %1. Create one with outpostctl init.</source>
        <translation>لا توجد قاعدة بيانات Outpost في %1. أنشئ واحدة بالأمر outpostctl init.</translation>
    </message>
    <message>
        <source>The keyring file %1 does not belong to the database %2 (it is for key generation %3; the database is at generation %4). Restore both from the same backup, or use the recovery key.</source>
        <translation>ملف حلقة المفاتيح %1 لا يخص قاعدة البيانات %2 (فهو لجيل المفاتيح %3، بينما قاعدة البيانات في الجيل %4). استعِد الاثنين من النسخة الاحتياطية نفسها، أو استخدم مفتاح الاسترداد.</translation>
    </message>
    <message>
        <source>The keyring file %1 does not belong to the database %2. Restore both from the same backup, or use the recovery key.</source>
        <translation>ملف حلقة المفاتيح %1 لا يخص قاعدة البيانات %2. استعِد الاثنين من النسخة الاحتياطية نفسها، أو استخدم مفتاح الاسترداد.</translation>
    </message>
    <message>
        <source>The data folder %1 already holds an Outpost database or keyring; init does not overwrite it. Choose another folder.</source>
        <translation>يحتوي مجلد البيانات %1 بالفعل على قاعدة بيانات Outpost أو حلقة مفاتيح؛ ولا يكتب الأمر init فوقها. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>The clinic name cannot be empty.</source>
        <translation>لا يمكن أن يكون اسم العيادة فارغًا.</translation>
    </message>
    <message>
        <source>Cannot write to the data folder %1: it is read-only or this user may not change it.</source>
        <translation>تعذّرت الكتابة في مجلد البيانات %1: إنه للقراءة فقط، أو لا يملك هذا المستخدم إذن تعديله.</translation>
    </message>
    <message>
        <source>There is no Outpost database in %1.</source>
        <translation>لا توجد قاعدة بيانات Outpost في %1.</translation>
    </message>
    <message>
        <source>Wrong recovery key: it does not open this database.</source>
        <translation>مفتاح الاسترداد خاطئ: لا يفتح قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>Cannot remove the last user: nobody could unlock the database without the recovery key.</source>
        <translation>لا يمكن حذف آخر مستخدم: لن يتمكن أحد من فتح قاعدة البيانات دون مفتاح الاسترداد.</translation>
    </message>
    <message>
        <source>The database is closed.</source>
        <translation>قاعدة البيانات مغلقة.</translation>
    </message>
    <message>
        <source>Outpost may not write in the folder %1 (permission denied). Choose a folder you can write to, or ask an administrator.</source>
        <translation>لا يملك Outpost إذن الكتابة في المجلد %1 (تم رفض الإذن). اختر مجلدًا يمكنك الكتابة فيه، أو اطلب المساعدة من مسؤول النظام.</translation>
    </message>
    <message>
        <source>The transaction has already ended.</source>
        <translation>انتهت المعاملة بالفعل.</translation>
    </message>
    <message>
        <source>A database needs at least one reader connection.</source>
        <translation>تحتاج قاعدة البيانات إلى اتصال قراءة واحد على الأقل.</translation>
    </message>
    <message>
        <source>Outpost may not open %1 (permission denied).</source>
        <translation>لا يملك Outpost إذن فتح %1 (تم رفض الإذن).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>لا توجد قاعدة بيانات في %1.</translation>
    </message>
    <message>
        <source>The database %1 is empty. Restore from a backup.</source>
        <translation>قاعدة البيانات %1 فارغة. استعِد البيانات من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Outpost may not write to %1 (permission denied).</source>
        <translation>لا يملك Outpost إذن الكتابة في %1 (تم رفض الإذن).</translation>
    </message>
    <message>
        <source>The database could not switch to write-ahead logging.</source>
        <translation>تعذّر تحويل قاعدة البيانات إلى وضع التسجيل المسبق للكتابة.</translation>
    </message>
    <message>
        <source>The file is not an Outpost database. Restore from a backup.</source>
        <translation>الملف ليس قاعدة بيانات Outpost. استعِد البيانات من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The database is damaged (its integrity check failed). Restore from a backup.</source>
        <translation>قاعدة البيانات تالفة (فشل فحص سلامتها). استعِد البيانات من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>%1 is not an Outpost database or is damaged.</source>
        <translation>الملف %1 ليس قاعدة بيانات Outpost أو أنه تالف.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: the folder is read-only or this user may not change it.</source>
        <translation>تعذّر تنفيذ «%1» على %2: المجلد للقراءة فقط، أو لا يملك هذا المستخدم إذن تعديله.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: the disk is full. Free some space and try again.</source>
        <translation>تعذّر تنفيذ «%1» على %2: القرص ممتلئ. أفرغ بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: %3.</source>
        <translation>تعذّر تنفيذ «%1» على %2: %3.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>تعذّرت كتابة %1: %2.</translation>
    </message>
    <message>
        <source>Cannot flush %1: %2.</source>
        <translation>تعذّر تفريغ %1 إلى القرص: %2.</translation>
    </message>
    <message>
        <source>The database is not open through the encrypted VFS.</source>
        <translation>قاعدة البيانات غير مفتوحة عبر VFS المشفّر.</translation>
    </message>
    <message>
        <source>A database key must be 32 bytes.</source>
        <translation>يجب أن يكون طول مفتاح قاعدة البيانات 32 بايت.</translation>
    </message>
    <message>
        <source>The database %1 is already open with another key.</source>
        <translation>قاعدة البيانات %1 مفتوحة بالفعل بمفتاح آخر.</translation>
    </message>
    <message>
        <source>Migration %1 is out of order: steps must be numbered 1, 2, 3… in order.</source>
        <translation>الترحيل %1 خارج الترتيب: يجب ترقيم الخطوات 1، 2، 3… بالترتيب.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Outpost (schema %1; this version knows up to %2). Update Outpost to open it.</source>
        <translation>أُنشئت قاعدة البيانات هذه بإصدار أحدث من Outpost (المخطط %1؛ وهذا الإصدار يعرف حتى %2). حدّث Outpost لفتحها.</translation>
    </message>
    <message>
        <source>The database is damaged (page %1 failed authentication). Restore from a backup.</source>
        <translation>قاعدة البيانات تالفة (فشل التحقق من سلامة الصفحة %1). استعِد البيانات من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The disk is full. The last change was not saved; everything saved before it is safe. Free some space and try again.</source>
        <translation>القرص ممتلئ. لم يُحفظ التغيير الأخير؛ أما كل ما حُفظ قبله فهو سليم. أفرغ بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The database is damaged or is not an Outpost database. Restore from a backup.</source>
        <translation>قاعدة البيانات تالفة أو ليست قاعدة بيانات Outpost. استعِد البيانات من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Outpost may not write to the database or its folder (permission denied).</source>
        <translation>لا يملك Outpost إذن الكتابة في قاعدة البيانات أو مجلدها (تم رفض الإذن).</translation>
    </message>
    <message>
        <source>The database file could not be opened.</source>
        <translation>تعذّر فتح ملف قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The database is busy. Try again in a moment.</source>
        <translation>قاعدة البيانات مشغولة. حاول مرة أخرى بعد لحظات.</translation>
    </message>
    <message>
        <source>The database operation was cancelled.</source>
        <translation>أُلغيت عملية قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database: %1.</source>
        <translation>يخالف التغيير إحدى قواعد قاعدة البيانات: %1.</translation>
    </message>
    <message>
        <source>The disk reported an error while Outpost tried to %1.</source>
        <translation>أبلغ القرص عن خطأ أثناء محاولة Outpost تنفيذ «%1».</translation>
    </message>
    <message>
        <source>The database could not %1: %2.</source>
        <translation>تعذّر على قاعدة البيانات تنفيذ «%1»: %2.</translation>
    </message>
    <message>
        <source>Tesseract&apos;s %1 model is missing%2. Install the Debian package %3 (apt install %3).</source>
        <translation>نموذج %1 الخاص بـ Tesseract مفقود%2. ثبّت حزمة Debian %3 (apt install %3).</translation>
    </message>
    <message>
        <source>Reading the document was cancelled.</source>
        <translation>أُلغيت قراءة المستند.</translation>
    </message>
    <message>
        <source>Reading page %1 took longer than %2 s and was stopped.</source>
        <translation>استغرقت قراءة الصفحة %1 أكثر من %2 ثانية، فأُوقفت.</translation>
    </message>
    <message>
        <source>Tesseract could not read page %1.</source>
        <translation>تعذّر على Tesseract قراءة الصفحة %1.</translation>
    </message>
    <message>
        <source>The page has no image to read.</source>
        <translation>لا تحتوي الصفحة على صورة لقراءتها.</translation>
    </message>
    <message>
        <source>The page is too large to read.</source>
        <translation>الصفحة أكبر من أن تُقرأ.</translation>
    </message>
    <message>
        <source>Not enough memory to read the page.</source>
        <translation>لا توجد ذاكرة كافية لقراءة الصفحة.</translation>
    </message>
    <message>
        <source>This file is neither a supported image (PNG, JPEG, TIFF, BMP, WebP) nor a PDF.</source>
        <translation>هذا الملف ليس صورة مدعومة (PNG، JPEG، TIFF، BMP، WebP) ولا ملف PDF.</translation>
    </message>
    <message>
        <source>The JPEG image is truncated.</source>
        <translation>صورة JPEG ناقصة.</translation>
    </message>
    <message>
        <source>The image has %1 pages; at most %2 can be read.</source>
        <translation>عدد صفحات الصورة %1؛ ولا يمكن قراءة أكثر من %2.</translation>
    </message>
    <message>
        <source>Page %1 of the image is empty (0 pixels).</source>
        <translation>الصفحة %1 من الصورة فارغة (0 بكسل).</translation>
    </message>
    <message>
        <source>Page %1 of the image is %2×%3 pixels; at most %4 megapixels can be read.</source>
        <translation>أبعاد الصفحة %1 من الصورة %2×%3 بكسل؛ ولا يمكن قراءة أكثر من %4 ميغابكسل.</translation>
    </message>
    <message>
        <source>Page %1 of the image cannot be decoded: the file is truncated or damaged.</source>
        <translation>يتعذّر فك ترميز الصفحة %1 من الصورة: الملف ناقص أو تالف.</translation>
    </message>
    <message>
        <source>Page %1 of the image is too large.</source>
        <translation>الصفحة %1 من الصورة كبيرة جدًا.</translation>
    </message>
    <message>
        <source>The PDF is truncated.</source>
        <translation>ملف PDF ناقص.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password; save an unprotected copy and import that.</source>
        <translation>ملف PDF محمي بكلمة مرور؛ احفظ نسخة غير محمية واستوردها.</translation>
    </message>
    <message>
        <source>The PDF cannot be read: it is truncated or damaged.</source>
        <translation>تتعذّر قراءة ملف PDF: إنه ناقص أو تالف.</translation>
    </message>
    <message>
        <source>The PDF cannot be read: it has no pages.</source>
        <translation>تتعذّر قراءة ملف PDF: لا يحتوي على أي صفحة.</translation>
    </message>
    <message>
        <source>The PDF has %1 pages; at most %2 can be read.</source>
        <translation>عدد صفحات ملف PDF %1؛ ولا يمكن قراءة أكثر من %2.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF is empty.</source>
        <translation>الصفحة %1 من ملف PDF فارغة.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF is too large to render.</source>
        <translation>الصفحة %1 من ملف PDF أكبر من أن تُعرض.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF cannot be rendered.</source>
        <translation>يتعذّر عرض الصفحة %1 من ملف PDF.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>الملف «%1» غير موجود.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be opened.</source>
        <translation>يتعذّر فتح الملف «%1».</translation>
    </message>
    <message>
        <source>The file is %1 MB; at most %2 MB can be read.</source>
        <translation>حجم الملف %1 MB؛ ولا يمكن قراءة أكثر من %2 MB.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>The PDF cannot be read: it has no PDF header.</source>
        <translation>تتعذّر قراءة ملف PDF: لا يحتوي على ترويسة PDF.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::AuditModel</name>
    <message>
        <source>Enter a patient id for the report.</source>
        <translation>أدخل معرّف مريض للتقرير.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::BackupController</name>
    <message>
        <source>Cancelled. No backup file was left behind.</source>
        <translation>أُلغي. لم يبقَ أي ملف نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The disk is full. The unfinished backup was removed; free some space or choose another disk.</source>
        <translation>القرص ممتلئ. أُزيلت النسخة غير المكتملة؛ أفرغ بعض المساحة أو اختر قرصًا آخر.</translation>
    </message>
    <message>
        <source>Wrong backup passphrase.</source>
        <translation>عبارة مرور النسخة الاحتياطية خاطئة.</translation>
    </message>
    <message>
        <source>The backup is damaged or incomplete and cannot be used. Try another backup.</source>
        <translation>النسخة الاحتياطية تالفة أو ناقصة ولا يمكن استخدامها. جرّب نسخة أخرى.</translation>
    </message>
    <message>
        <source>Outpost may not do this here: only admins manage backups, and the folder must be writable.</source>
        <translation>لا يمكن لـ Outpost فعل هذا هنا: المشرفون وحدهم يديرون النسخ الاحتياطية، ويجب أن يكون المجلد قابلًا للكتابة.</translation>
    </message>
    <message>
        <source>The file or folder was not found. Is the disk connected?</source>
        <translation>لم يُعثر على الملف أو المجلد. هل القرص موصول؟</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>اختر عبارة مرور من 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>اختر مكان حفظ النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Backup saved to %1 (%2 MB). Keep the passphrase apart from the disk.</source>
        <translation>حُفظت النسخة الاحتياطية في %1 (%2 ميغابايت). احفظ عبارة المرور بعيدًا عن القرص.</translation>
    </message>
    <message>
        <source>Choose the backup file to check.</source>
        <translation>اختر ملف النسخة الاحتياطية المراد فحصه.</translation>
    </message>
    <message>
        <source>The backup is intact: made %1, %2 patients.</source>
        <translation>النسخة الاحتياطية سليمة: أُنشئت في %1، وفيها %2 مريض.</translation>
    </message>
    <message>
        <source>Choose the backup file and an empty folder to restore into.</source>
        <translation>اختر ملف النسخة الاحتياطية ومجلدًا فارغًا للاستعادة إليه.</translation>
    </message>
    <message>
        <source>Restored %1 patients into %2. Start Outpost with that data folder to use it.</source>
        <translation>استُعيد %1 مريض إلى %2. شغّل Outpost بمجلد البيانات هذا لاستخدامه.</translation>
    </message>
    <message>
        <source>Set a passphrase for the automatic backups.</source>
        <translation>عيّن عبارة مرور للنسخ الاحتياطية التلقائية.</translation>
    </message>
    <message>
        <source>Automatic backup settings saved.</source>
        <translation>حُفظت إعدادات النسخ الاحتياطي التلقائي.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>فشل النسخ الاحتياطي التلقائي: %1</translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation>اختر ملف النسخة الاحتياطية المراد استعادته.</translation>
    </message>
    <message>
        <source>Restored %1 patients. This clinic now holds the data of the backup: sign in again.</source>
        <translation>تمت استعادة %1 مريض. تحتوي هذه العيادة الآن على بيانات النسخة الاحتياطية: سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>The data that was here before is unchanged. Sign in again.</source>
        <translation>البيانات السابقة لم تتغير. سجّل الدخول مجددًا.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ChartController</name>
    <message>
        <source>Age unknown</source>
        <translation>العمر غير معروف</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n شهر</numerusform>
            <numerusform>شهر واحد</numerusform>
            <numerusform>شهران</numerusform>
            <numerusform>%n أشهر</numerusform>
            <numerusform>%n شهرًا</numerusform>
            <numerusform>%n شهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s)</source>
        <translation>
            <numerusform>نحو %n سنة</numerusform>
            <numerusform>نحو سنة واحدة</numerusform>
            <numerusform>نحو سنتين</numerusform>
            <numerusform>نحو %n سنوات</numerusform>
            <numerusform>نحو %n سنة</numerusform>
            <numerusform>نحو %n سنة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n سنة</numerusform>
            <numerusform>سنة واحدة</numerusform>
            <numerusform>سنتان</numerusform>
            <numerusform>%n سنوات</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
        </translation>
    </message>
    <message>
        <source>Severe allergy: %1</source>
        <translation>حساسية شديدة: %1</translation>
    </message>
    <message>
        <source>This record was merged into another one.</source>
        <translation>دُمج هذا الملف في ملف آخر.</translation>
    </message>
    <message>
        <source>The entry was marked as entered in error.</source>
        <translation>وُضعت على الإدخال علامة «أُدخل خطأً».</translation>
    </message>
    <message>
        <source>Emergency access granted for 30 minutes. It is recorded in the audit log.</source>
        <translation>مُنح الوصول الطارئ لمدة 30 دقيقة. ويُسجَّل ذلك في سجل التدقيق.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::ClinicController</name>
    <message>
        <source>Outpost is locked.</source>
        <translation>Outpost مقفل.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>Enter the clinic&apos;s name.</source>
        <translation>أدخل اسم العيادة.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>أدخل اسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>أدخل كلمة المرور.</translation>
    </message>
    <message>
        <source>Outpost recovery key for %1</source>
        <translation>مفتاح استرداد Outpost لـ %1</translation>
    </message>
    <message>
        <source>Outpost recovery key</source>
        <translation>مفتاح الاسترداد لـ Outpost</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>الهوية الوطنية</translation>
    </message>
    <message>
        <source>Clinic number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Insurance number</source>
        <translation>رقم التأمين</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>جواز السفر</translation>
    </message>
    <message>
        <source>A backup is still using this clinic&apos;s data. Try again when it has finished.</source>
        <translation>لا تزال نسخة احتياطية تستخدم بيانات هذه العيادة. حاول مرة أخرى عند انتهائها.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::DocumentController</name>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>رقم الوثيقة</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Reading page %1 of %2…</source>
        <translation>جارٍ قراءة الصفحة %1 من %2…</translation>
    </message>
    <message>
        <source>Choose a patient and a document kind first.</source>
        <translation>اختر مريضًا ونوع مستند أولًا.</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>جارٍ قراءة المستند…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Reading the ID card…</source>
        <translation>جارٍ قراءة بطاقة الهوية…</translation>
    </message>
</context>
<context>
    <name>outpost::ui::DocumentModel</name>
    <message>
        <source>ID card</source>
        <translation>بطاقة الهوية</translation>
    </message>
    <message>
        <source>Insurance card</source>
        <translation>بطاقة التأمين</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>خطاب الإحالة</translation>
    </message>
    <message>
        <source>Lab report</source>
        <translation>تقرير المختبر</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>مستند آخر</translation>
    </message>
</context>
<context>
    <name>outpost::ui::NoteEditorController</name>
    <message>
        <source>Draft restored from %1.</source>
        <translation>استُعيدت المسودة المحفوظة في %1.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>تعذّر حفظ المسودة: %1</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>حُفظت المسودة الساعة %1.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::QueueModel</name>
    <message>
        <source>Checked in.</source>
        <translation>تم تسجيل الوصول.</translation>
    </message>
    <message>
        <source>Sent to the clinician.</source>
        <translation>أُرسل إلى الممارس الصحي.</translation>
    </message>
    <message>
        <source>Visit marked done.</source>
        <translation>تم إنهاء الزيارة.</translation>
    </message>
    <message>
        <source>Marked as no-show.</source>
        <translation>سُجّل عدم الحضور.</translation>
    </message>
    <message>
        <source>Appointment cancelled.</source>
        <translation>أُلغي الموعد.</translation>
    </message>
    <message>
        <source>Added to today&apos;s queue.</source>
        <translation>أُضيف إلى قائمة انتظار اليوم.</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>وصل</translation>
    </message>
    <message>
        <source>With clinician</source>
        <translation>لدى الممارس الصحي</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
</context>
<context>
    <name>outpost::ui::UsersModel</name>
    <message>
        <source>Reception</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>ممارس صحي</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>اختر دورًا.</translation>
    </message>
    <message>
        <source>User %1 was created.</source>
        <translation>تم إنشاء المستخدم %1.</translation>
    </message>
    <message>
        <source>User %1 was disabled.</source>
        <translation>تم تعطيل المستخدم %1.</translation>
    </message>
    <message>
        <source>User %1 was enabled with the new password.</source>
        <translation>تم تفعيل المستخدم %1 بكلمة المرور الجديدة.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>أصبح %1: %2.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>تمت إعادة تعيين كلمة مرور %1.</translation>
    </message>
</context>
<context>
    <name>outpost::ui::Vitals</name>
    <message>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>النبض</translation>
    </message>
    <message>
        <source>Systolic pressure</source>
        <translation>الضغط الانقباضي</translation>
    </message>
    <message>
        <source>Diastolic pressure</source>
        <translation>الضغط الانبساطي</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>معدل التنفس</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>الطول</translation>
    </message>
</context>
</TS>
