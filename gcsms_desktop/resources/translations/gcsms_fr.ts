<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../gui/main_window.py" line="80"/>
        <source>&amp;Nouveau groupement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="82"/>
        <source>&amp;Reprendre un brouillon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="83"/>
        <source>&amp;Ouvrir une base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="85"/>
        <source>&amp;Imprimer la convention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="87"/>
        <source>I&amp;mporter un fichier JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="88"/>
        <source>E&amp;xporter en JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="89"/>
        <source>Nouvelle &amp;assemblée générale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="91"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="92"/>
        <source>Bases &amp;récentes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="93"/>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="103"/>
        <source>&amp;Aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="104"/>
        <source>À &amp;propos de GCSMS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="105"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/pdf_output.py" line="21"/>
        <source>Documents PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/pdf_output.py" line="33"/>
        <source>Document enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/pdf_output.py" line="34"/>
        <source>Le document a été enregistré dans
{0}

L&apos;ouvrir maintenant ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../gui/wizards/assembly/agenda_editor.py" line="31"/>
        <source>&amp;Ajouter le point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/agenda_editor.py" line="34"/>
        <source>&amp;Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/agenda_editor.py" line="37"/>
        <source>Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/agenda_editor.py" line="37"/>
        <source>Descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/agenda_editor.py" line="60"/>
        <source>Texte de la résolution soumise au vote (vide pour un point d&apos;information hors liste)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/agenda_editor.py" line="67"/>
        <source>Matière :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/agenda_editor.py" line="68"/>
        <source>Intitulé :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/agenda_editor.py" line="69"/>
        <source>Résolution :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/agenda_editor.py" line="70"/>
        <source>Membre concerné :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/agenda_editor.py" line="71"/>
        <source>Majorité :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/agenda_editor.py" line="86"/>
        <source>— aucun —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/agenda_editor.py" line="99"/>
        <source>Questions diverses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/agenda_editor.py" line="153"/>
        <source>point d&apos;information, non mis aux voix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssembliesPanel</name>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="35"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="35"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="35"/>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="36"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="41"/>
        <source>&amp;Nouvelle assemblée…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="42"/>
        <source>&amp;Continuer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="43"/>
        <source>&amp;Signer le procès-verbal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="44"/>
        <source>&amp;Erratum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="45"/>
        <source>Seconde &amp;convocation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="53"/>
        <source>&amp;Imprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="57"/>
        <source>Convocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="57"/>
        <source>Feuille de présence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="58"/>
        <source>Procès-verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="58"/>
        <source>Registre des délibérations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="59"/>
        <source>Extrait d&apos;une délibération…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="86"/>
        <source> (seconde convocation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="116"/>
        <source>Aucune assemblée sélectionnée. « Nouvelle assemblée… » prépare l&apos;ordre du jour et les convocations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="128"/>
        <source>Registre des délibérations : pages {0} à {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="129"/>
        <source>Erratum du {0} : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="160"/>
        <source>Signer le procès-verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="161"/>
        <source>Le procès-verbal signé prend les pages suivantes du registre des délibérations ; il ne pourra plus être modifié (une erreur se corrige par un erratum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="162"/>
        <source>Signé le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="169"/>
        <source>Procès-verbal signé : registre, pages {0} à {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="178"/>
        <source>Erratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="179"/>
        <source>Correction à joindre au procès-verbal (la séance close ne se modifie plus) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="194"/>
        <source>Seconde convocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="195"/>
        <source>Sans quorum, l&apos;assemblée est convoquée à nouveau, au plus tard le {0} ; elle délibère alors quel que soit le nombre des membres présents ou représentés (art. R. 312-194-22).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="197"/>
        <source>Réunion le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="198"/>
        <source>Convocations envoyées le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="218"/>
        <source>Extrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="218"/>
        <source>Aucune délibération à extraire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="220"/>
        <source>Extrait certifié conforme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="221"/>
        <source>Délibération :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assemblies_panel.py" line="225"/>
        <source>Imprimer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssemblyPage</name>
    <message>
        <location filename="../../gui/wizards/assembly/page.py" line="25"/>
        <source>vote incomplet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssemblyWizard</name>
    <message>
        <location filename="../../gui/wizards/assembly/wizard.py" line="41"/>
        <source>Assemblée générale — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/wizard.py" line="47"/>
        <source>&amp;Clore la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/wizard.py" line="57"/>
        <source>Abandonner la préparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/wizard.py" line="58"/>
        <source>L&apos;ordre du jour saisi n&apos;est pas encore enregistré (il l&apos;est en passant à la page suivante). L&apos;abandonner ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/wizard.py" line="76"/>
        <source>Imprimer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../gui/wizards/assembly/attendance_page.py" line="23"/>
        <source>Feuille de présence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/attendance_page.py" line="24"/>
        <source>Cochez les présents ; une procuration ne va qu&apos;à un membre présent, qui n&apos;en détient qu&apos;une (art. R. 312-194-20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/attendance_page.py" line="30"/>
        <source>Membre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/attendance_page.py" line="30"/>
        <source>Droits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/attendance_page.py" line="30"/>
        <source>Présence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/attendance_page.py" line="31"/>
        <source>Représentant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/attendance_page.py" line="31"/>
        <source>Procuration donnée à</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/attendance_page.py" line="43"/>
        <source>&amp;Tous présents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/attendance_page.py" line="46"/>
        <source>Imprimer la &amp;feuille de présence…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AvenantDatesDialog</name>
    <message>
        <location filename="../../gui/dialogs/avenant_dates_dialog.py" line="19"/>
        <source>Cochez chaque date connue. Une adhésion ou une exclusion prend effet à la publication de l&apos;avenant (art. 8-1, 8-3) ; une date enregistrée ne se modifie plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/avenant_dates_dialog.py" line="24"/>
        <source>Signé le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/avenant_dates_dialog.py" line="25"/>
        <source>Transmis au préfet le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/avenant_dates_dialog.py" line="26"/>
        <source>Approuvé par arrêté du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/avenant_dates_dialog.py" line="27"/>
        <source>Publié le</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapitalPage</name>
    <message>
        <location filename="../../gui/wizards/creation/capital_page.py" line="33"/>
        <source>Avec capital, divisé en parts sociales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/capital_page.py" line="34"/>
        <source>Sans capital : droits proportionnels à la contribution aux charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/capital_page.py" line="46"/>
        <source>Valeur d&apos;une part (€) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/capital_page.py" line="50"/>
        <source>Membre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/capital_page.py" line="50"/>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/capital_page.py" line="50"/>
        <source>Numéros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/capital_page.py" line="50"/>
        <source>Apport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/capital_page.py" line="51"/>
        <source>Description de l&apos;apport en nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/capital_page.py" line="51"/>
        <source>Valeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/capital_page.py" line="51"/>
        <source>Contribution (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/capital_page.py" line="52"/>
        <source>Droits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/capital_page.py" line="110"/>
        <source>Ajoutez d&apos;abord les membres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/capital_page.py" line="114"/>
        <source>« {0} » n&apos;est pas une valeur de part : tapez un montant en euros, par exemple 500 ou 2 500,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/capital_page.py" line="125"/>
        <source>Total : {0} de {1}, soit un capital de {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/capital_page.py" line="133"/>
        <source>Total des contributions : {0} (100 {1}% attendus).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeWizard</name>
    <message>
        <location filename="../../gui/wizards/change/wizard.py" line="29"/>
        <source>Enregistrer : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/wizard.py" line="31"/>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosePage</name>
    <message>
        <location filename="../../gui/wizards/assembly/close_page.py" line="16"/>
        <location filename="../../gui/wizards/assembly/close_page.py" line="58"/>
        <source>Clore la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/close_page.py" line="17"/>
        <source>Le procès-verbal est signé par le président, le secrétaire de séance et le scrutateur (art. 13-2). Une fois close, la séance ne se modifie plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/close_page.py" line="28"/>
        <source>Président de séance :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/close_page.py" line="29"/>
        <source>Secrétaire de séance :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/close_page.py" line="30"/>
        <source>Scrutateur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/close_page.py" line="59"/>
        <source>Clore la séance ? Présence et votes ne pourront plus être modifiés ; une erreur se corrigera par un erratum joint au procès-verbal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvenePage</name>
    <message>
        <location filename="../../gui/wizards/assembly/convene_page.py" line="20"/>
        <source>Convoquer les membres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/convene_page.py" line="21"/>
        <source>Convocation écrite, quinze jours au moins à l&apos;avance, 48 heures en urgence (art. R. 312-194-20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/convene_page.py" line="28"/>
        <source>Envoi des convocations le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/convene_page.py" line="35"/>
        <source>&amp;Convoquer : enregistrer la date d&apos;envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/convene_page.py" line="38"/>
        <source>&amp;Imprimer les convocations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/convene_page.py" line="68"/>
        <source>Assemblée convoquée le {0}. Imprimez les lettres et joignez-y les documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/convene_page.py" line="73"/>
        <source>Seconde convocation : réunion au plus tard quinze jours (huit en urgence) après la première (art. R. 312-194-22).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/convene_page.py" line="76"/>
        <source>Délai respecté : {0} au moins avant la réunion du {1} (au plus tard le {2}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreationWizard</name>
    <message>
        <location filename="../../gui/wizards/creation/wizard.py" line="38"/>
        <source>Nouveau groupement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/wizard.py" line="42"/>
        <source>Enregistrer le &amp;brouillon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/wizard.py" line="88"/>
        <source>Nouveau groupement — brouillon enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/wizard.py" line="103"/>
        <source>Groupement incomplet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/wizard.py" line="108"/>
        <source>Enregistrement impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/wizard.py" line="121"/>
        <source>Fermer l&apos;assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/wizard.py" line="122"/>
        <source>Des informations n&apos;ont pas été enregistrées. Les garder comme brouillon ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliberationPage</name>
    <message>
        <location filename="../../gui/wizards/change/deliberation_page.py" line="22"/>
        <source>Délibération et avenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/deliberation_page.py" line="23"/>
        <source>La délibération de l&apos;assemblée générale qui décide ce changement, et les dates de l&apos;avenant à transmettre au préfet (art. 21).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/deliberation_page.py" line="29"/>
        <source>Aucune : retrait notifié par le membre (art. 8-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/deliberation_page.py" line="31"/>
        <source>adoptée à l&apos;unanimité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/deliberation_page.py" line="32"/>
        <location filename="../../gui/wizards/change/deliberation_page.py" line="41"/>
        <source>adoptée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/deliberation_page.py" line="32"/>
        <source>rejetée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/deliberation_page.py" line="35"/>
        <source>Délibération hors registre (assemblée tenue avant l&apos;application)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/deliberation_page.py" line="37"/>
        <source>Délibération :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/deliberation_page.py" line="43"/>
        <source>à l&apos;unanimité des membres présents ou représentés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/deliberation_page.py" line="45"/>
        <source>Date de l&apos;assemblée :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/deliberation_page.py" line="46"/>
        <source>Numéro (facultatif) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/deliberation_page.py" line="49"/>
        <source>Avenant signé le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/deliberation_page.py" line="50"/>
        <source>Transmis au préfet le</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../gui/wizards/change/details_page.py" line="30"/>
        <source>{0} — ce qui se passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/details_page.py" line="65"/>
        <source>Un tiers, nouveau membre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/details_page.py" line="78"/>
        <source>Saisir le nouveau membre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/details_page.py" line="86"/>
        <source>ex. 12 500,00 (laisser vide si arrêtée plus tard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/details_page.py" line="87"/>
        <source>Part des dettes à sa sortie (€) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/details_page.py" line="90"/>
        <source>Nouveau membre :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/details_page.py" line="93"/>
        <source>Parts souscrites :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/details_page.py" line="97"/>
        <source>Membre qui se retire :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/details_page.py" line="102"/>
        <source>Membre exclu :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/details_page.py" line="105"/>
        <source>Convocation à l&apos;audition envoyée le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/details_page.py" line="106"/>
        <source>Audition du représentant le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/details_page.py" line="109"/>
        <location filename="../../gui/wizards/change/details_page.py" line="140"/>
        <source>Motif :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/details_page.py" line="116"/>
        <source>Cédant :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/details_page.py" line="117"/>
        <source>Première part cédée (n°) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/details_page.py" line="118"/>
        <source>Dernière part cédée (n°) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/details_page.py" line="119"/>
        <source>Cessionnaire :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/details_page.py" line="125"/>
        <source>Souscripteur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/details_page.py" line="126"/>
        <source>Parts nouvelles :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/details_page.py" line="130"/>
        <source>Première part annulée (n°) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/details_page.py" line="131"/>
        <source>Dernière part annulée (n°) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/details_page.py" line="138"/>
        <source>Un liquidateur par ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/details_page.py" line="141"/>
        <source>Liquidateurs :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GovernancePage</name>
    <message>
        <location filename="../../gui/wizards/creation/governance_page.py" line="37"/>
        <source>Présidence de l&apos;assemblée générale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/governance_page.py" line="39"/>
        <source>L&apos;administrateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/governance_page.py" line="40"/>
        <source>Autre :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/governance_page.py" line="46"/>
        <source>Vote par procuration autorisé (un mandat au plus par membre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/governance_page.py" line="52"/>
        <source>Délais et nombres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/governance_page.py" line="66"/>
        <source>Administrateur (élu par l&apos;assemblée générale, art. R. 312-194-23)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/governance_page.py" line="69"/>
        <source>déjà élu le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/governance_page.py" line="70"/>
        <source>Personne :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/governance_page.py" line="71"/>
        <source>Élection :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/governance_page.py" line="86"/>
        <source>Le groupement ne compte que deux membres : le vote par procuration n&apos;est pas possible (art. R. 312-194-20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/governance_page.py" line="91"/>
        <source>À élire lors de la première assemblée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupementView</name>
    <message>
        <location filename="../../gui/groupement_view.py" line="39"/>
        <source>Identité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/groupement_view.py" line="41"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/groupement_view.py" line="41"/>
        <source>Siège</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/groupement_view.py" line="41"/>
        <source>Durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/groupement_view.py" line="42"/>
        <source>Capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/groupement_view.py" line="42"/>
        <source>Comptabilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/groupement_view.py" line="43"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/groupement_view.py" line="43"/>
        <source>Administrateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/groupement_view.py" line="51"/>
        <source>Membres et droits sociaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/groupement_view.py" line="53"/>
        <source>Capital : parts sociales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/groupement_view.py" line="55"/>
        <source>Choisissez un groupement dans la liste, créez-en un avec « Fichier › Nouveau groupement… » (Ctrl+N), ou importez un fichier JSON avec « Fichier › Importer un fichier JSON… » (Ctrl+I) ; des exemples sont fournis dans le dossier « {folder} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/groupement_view.py" line="76"/>
        <source>à choisir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/groupement_view.py" line="79"/>
        <source>sans capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/groupement_view.py" line="86"/>
        <source>non signée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/groupement_view.py" line="89"/>
        <source>à élire par la première assemblée générale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../gui/wizards/creation/identity_page.py" line="20"/>
        <source>Groupement de coopération médico-sociale …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/identity_page.py" line="29"/>
        <source>Facultatif : contexte et finalités du groupement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/identity_page.py" line="32"/>
        <source>Une ligne par visa, par exemple :
la délibération du conseil d&apos;administration de l&apos;association A du 12 octobre 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/identity_page.py" line="35"/>
        <source>Dénomination :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/identity_page.py" line="37"/>
        <source>Sigle :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/identity_page.py" line="38"/>
        <source>Préambule :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/identity_page.py" line="39"/>
        <source>Visas (« Vu … ») :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/identity_page.py" line="46"/>
        <source>✓ La mention obligatoire figure dans la dénomination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/identity_page.py" line="49"/>
        <source>La dénomination doit contenir « groupement de coopération sociale » ou « groupement de coopération médico-sociale » (art. R. 312-194-17).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="55"/>
        <source>&amp;Groupement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="56"/>
        <source>&amp;Assemblées générales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="57"/>
        <source>&amp;Vie du groupement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="115"/>
        <source>GCSMS Desktop — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="118"/>
        <source>Base ouverte : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="120"/>
        <source> (copie de sauvegarde avant mise à jour : {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="132"/>
        <source>Ouvrir une base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="133"/>
        <source>Bases GCSMS (*.sqlite *.db);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="141"/>
        <source>Base illisible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="155"/>
        <source>{0} membres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="188"/>
        <source>Groupement « {0} » enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="193"/>
        <source>Aucun brouillon à reprendre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="196"/>
        <source>Reprendre un brouillon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="196"/>
        <source>Brouillon :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="212"/>
        <source>Imprimer la convention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="213"/>
        <source>Documents PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="220"/>
        <source>Convention enregistrée dans {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="224"/>
        <source>Importer un groupement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="225"/>
        <location filename="../../gui/main_window.py" line="237"/>
        <source>Fichiers JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="231"/>
        <source>Groupement importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="237"/>
        <source>Exporter en JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="240"/>
        <source>Exporté dans {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="243"/>
        <source>À propos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="244"/>
        <source>&lt;b&gt;GCSMS Desktop {0}&lt;/b&gt;&lt;br&gt;Tenue juridique des groupements de coopération sociale ou médico-sociale (articles L. 312-7 et R. 312-194-1 et suivants du CASF).&lt;br&gt;&lt;br&gt;Base : {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../gui/dialogs/member_dialog.py" line="48"/>
        <source>Membre du groupement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/member_dialog.py" line="67"/>
        <source>à but lucratif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/member_dialog.py" line="72"/>
        <source>Nom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/member_dialog.py" line="72"/>
        <source>Sigle :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/member_dialog.py" line="73"/>
        <source>Catégorie :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/member_dialog.py" line="73"/>
        <source>Personne :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/member_dialog.py" line="74"/>
        <source>Droit :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/member_dialog.py" line="74"/>
        <source>Adresse :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/member_dialog.py" line="75"/>
        <source>SIREN (facultatif) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/member_dialog.py" line="76"/>
        <source>FINESS (facultatif) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/member_dialog.py" line="79"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/member_dialog.py" line="79"/>
        <source>Qualité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/member_dialog.py" line="79"/>
        <source>Suppléant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/member_dialog.py" line="84"/>
        <source>Ajouter un représentant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/member_dialog.py" line="85"/>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/member_dialog.py" line="100"/>
        <source>Représentants à l&apos;assemblée générale :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../gui/wizards/creation/members_page.py" line="23"/>
        <source>Membre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/members_page.py" line="23"/>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/members_page.py" line="23"/>
        <source>Représentants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/members_page.py" line="24"/>
        <source>Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/members_page.py" line="32"/>
        <source>&amp;Ajouter un membre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/members_page.py" line="33"/>
        <source>&amp;Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/members_page.py" line="34"/>
        <source>&amp;Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/members_page.py" line="40"/>
        <source>Associés (art. 6) — professionnels associés par convention, sans droit de vote :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/members_page.py" line="43"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/members_page.py" line="43"/>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/members_page.py" line="43"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/members_page.py" line="48"/>
        <source>Ajouter un associé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/members_page.py" line="49"/>
        <source>Retirer l&apos;associé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/members_page.py" line="90"/>
        <source>Retirer un membre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/members_page.py" line="91"/>
        <source>Retirer « {0} » de la liste des membres ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembershipPanel</name>
    <message>
        <location filename="../../gui/membership_panel.py" line="60"/>
        <source>Membre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="60"/>
        <source>Parts (numéros)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="60"/>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="61"/>
        <source>Droits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="61"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="65"/>
        <source>N°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="65"/>
        <source>Acte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="65"/>
        <source>Changement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="66"/>
        <source>Prise d&apos;effet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="66"/>
        <source>Avenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="75"/>
        <source>Membres et droits sociaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="76"/>
        <source>Chronologie des changements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="77"/>
        <source>Échéances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="88"/>
        <source>&amp;Enregistrer un changement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="95"/>
        <source>&amp;Dates de l&apos;avenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="100"/>
        <source>&amp;Imprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="104"/>
        <source>Avenant sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="105"/>
        <source>Registre des parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="106"/>
        <source>Tableau des droits sociaux à la date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="107"/>
        <source>Convention consolidée à la date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="108"/>
        <source>Changements entre deux dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="117"/>
        <source>&amp;Situation au :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="155"/>
        <source>Aucun groupement sélectionné.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="167"/>
        <source>Groupement dissous le {0} (art. 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="169"/>
        <source>Droits sociaux régularisés au 1er janvier {0} (art. 9-1) : un membre admis depuis n&apos;en a pas encore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="183"/>
        <source>à la publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="190"/>
        <source>sans date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="226"/>
        <source>Changement enregistré : avenant n° {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="233"/>
        <source>Avenant n° {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="246"/>
        <source>Changements entre deux dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="247"/>
        <source>Les changements qui ont pris effet entre ces deux dates, et la situation à chacune d&apos;elles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="248"/>
        <source>Du :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="248"/>
        <source>Au :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/membership_panel.py" line="261"/>
        <source>Imprimer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjetPage</name>
    <message>
        <location filename="../../gui/wizards/creation/objet_page.py" line="17"/>
        <source>Missions types (art. R. 312-194-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/objet_page.py" line="18"/>
        <source>Missions propres aux GCSMS (art. L. 312-7, 3°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/objet_page.py" line="34"/>
        <source>L&apos;exercice direct de missions ou la préparation de fusions imposent d&apos;annexer un protocole (art. R. 312-194-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/objet_page.py" line="38"/>
        <source>Précisions sur l&apos;objet (texte libre) :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreparePage</name>
    <message>
        <location filename="../../gui/wizards/assembly/prepare_page.py" line="24"/>
        <source>Préparer l&apos;assemblée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/prepare_page.py" line="25"/>
        <source>Date, lieu et ordre du jour : la convocation les reprend (art. R. 312-194-20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/prepare_page.py" line="35"/>
        <source>Urgence (convocation 48 heures à l&apos;avance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/prepare_page.py" line="39"/>
        <source>Une pièce par ligne : comptes de l&apos;exercice, budget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/prepare_page.py" line="41"/>
        <source>Date :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/prepare_page.py" line="42"/>
        <source>Heure :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/prepare_page.py" line="43"/>
        <source>Lieu :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/prepare_page.py" line="50"/>
        <source>Documents joints :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../gui/wizards/change/review_page.py" line="16"/>
        <source>Vérification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/review_page.py" line="17"/>
        <source>Relisez : un changement enregistré ne se modifie plus (seules les dates de l&apos;avenant se complètent ensuite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/review_page.py" line="39"/>
        <source>Prise d&apos;effet : {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/review_page.py" line="45"/>
        <source>&lt;b&gt;À corriger avant d&apos;enregistrer :&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/review_page.py" line="48"/>
        <source>&lt;b&gt;À savoir :&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/change/review_page.py" line="50"/>
        <source>Aucun problème : le changement peut être enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeatPage</name>
    <message>
        <location filename="../../gui/wizards/creation/seat_page.py" line="23"/>
        <source>Adresse complète du siège</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/seat_page.py" line="25"/>
        <source>Ville où la convention est signée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/seat_page.py" line="26"/>
        <source>Durée indéterminée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/seat_page.py" line="29"/>
        <source> ans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/seat_page.py" line="32"/>
        <source>Siège :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/seat_page.py" line="33"/>
        <source>Lieu de signature :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/seat_page.py" line="34"/>
        <source>Durée :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/seat_page.py" line="35"/>
        <source>ou durée déterminée :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/seat_page.py" line="36"/>
        <source>Une durée déterminée court à compter du lendemain de la publication de l&apos;arrêté d&apos;approbation (article 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/seat_page.py" line="39"/>
        <source>Approbation (art. R. 312-194-18) — la personnalité morale court de la publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/creation/seat_page.py" line="43"/>
        <source>connue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatutPage</name>
    <message>
        <location filename="../../gui/wizards/creation/statut_page.py" line="43"/>
        <source>Règles budgétaires et comptables (art. R. 312-194-16) : {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VotesPage</name>
    <message>
        <location filename="../../gui/wizards/assembly/votes_page.py" line="21"/>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/votes_page.py" line="21"/>
        <source>La majorité dépend de la matière (art. R. 312-194-22).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/votes_page.py" line="49"/>
        <source>Membre votant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/votes_page.py" line="49"/>
        <source>Droits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/votes_page.py" line="49"/>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/votes_page.py" line="55"/>
        <source>&amp;Unanimité pour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/votes_page.py" line="73"/>
        <source>Aucune résolution n&apos;est mise aux voix ; poursuivez pour clore la séance et convoquer à nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/wizards/assembly/votes_page.py" line="145"/>
        <source>Règle : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
