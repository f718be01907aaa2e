<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="65"/>
        <source>&amp;Nouveau groupement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="67"/>
        <source>&amp;Reprendre un brouillon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="68"/>
        <source>&amp;Ouvrir une base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="70"/>
        <source>&amp;Imprimer la convention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="72"/>
        <source>I&amp;mporter un fichier JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="73"/>
        <source>E&amp;xporter en JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="74"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="75"/>
        <source>Bases &amp;récentes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="76"/>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="85"/>
        <source>&amp;Aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="86"/>
        <source>À &amp;propos de GCSMS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="87"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapitalPage</name>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/capital_page.py" line="33"/>
        <source>Avec capital, divisé en parts sociales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/capital_page.py" line="34"/>
        <source>Sans capital : droits proportionnels à la contribution aux charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/capital_page.py" line="46"/>
        <source>Valeur d&apos;une part (€) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/capital_page.py" line="50"/>
        <source>Membre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/capital_page.py" line="50"/>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/capital_page.py" line="50"/>
        <source>Numéros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/capital_page.py" line="50"/>
        <source>Apport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/capital_page.py" line="51"/>
        <source>Description de l&apos;apport en nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/capital_page.py" line="51"/>
        <source>Valeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/capital_page.py" line="51"/>
        <source>Contribution (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/capital_page.py" line="52"/>
        <source>Droits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/capital_page.py" line="110"/>
        <source>Ajoutez d&apos;abord les membres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/capital_page.py" line="114"/>
        <source>« {0} » n&apos;est pas une valeur de part : tapez un montant en euros, par exemple 500 ou 2 500,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/capital_page.py" line="125"/>
        <source>Total : {0} de {1}, soit un capital de {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/capital_page.py" line="133"/>
        <source>Total des contributions : {0} (100 {1}% attendus).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreationWizard</name>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/wizard.py" line="38"/>
        <source>Nouveau groupement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/wizard.py" line="42"/>
        <source>Enregistrer le &amp;brouillon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/wizard.py" line="88"/>
        <source>Nouveau groupement — brouillon enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/wizard.py" line="103"/>
        <source>Groupement incomplet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/wizard.py" line="108"/>
        <source>Enregistrement impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/wizard.py" line="121"/>
        <source>Fermer l&apos;assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/wizard.py" line="122"/>
        <source>Des informations n&apos;ont pas été enregistrées. Les garder comme brouillon ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GovernancePage</name>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/governance_page.py" line="37"/>
        <source>Présidence de l&apos;assemblée générale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/governance_page.py" line="39"/>
        <source>L&apos;administrateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/governance_page.py" line="40"/>
        <source>Autre :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/governance_page.py" line="46"/>
        <source>Vote par procuration autorisé (un mandat au plus par membre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/governance_page.py" line="52"/>
        <source>Délais et nombres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/governance_page.py" line="66"/>
        <source>Administrateur (élu par l&apos;assemblée générale, art. R. 312-194-23)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/governance_page.py" line="69"/>
        <source>déjà élu le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/governance_page.py" line="70"/>
        <source>Personne :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/governance_page.py" line="71"/>
        <source>Élection :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/governance_page.py" line="86"/>
        <source>Le groupement ne compte que deux membres : le vote par procuration n&apos;est pas possible (art. R. 312-194-20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/governance_page.py" line="91"/>
        <source>À élire lors de la première assemblée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupementView</name>
    <message>
        <location filename="../../gcsms_desktop/gui/groupement_view.py" line="39"/>
        <source>Identité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/groupement_view.py" line="41"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/groupement_view.py" line="41"/>
        <source>Siège</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/groupement_view.py" line="41"/>
        <source>Durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/groupement_view.py" line="42"/>
        <source>Capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/groupement_view.py" line="42"/>
        <source>Comptabilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/groupement_view.py" line="43"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/groupement_view.py" line="43"/>
        <source>Administrateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/groupement_view.py" line="51"/>
        <source>Membres et droits sociaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/groupement_view.py" line="53"/>
        <source>Capital : parts sociales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/groupement_view.py" line="55"/>
        <source>Choisissez un groupement dans la liste, créez-en un avec « Fichier › Nouveau groupement… » (Ctrl+N), ou importez un fichier JSON avec « Fichier › Importer un fichier JSON… » (Ctrl+I) ; des exemples sont fournis dans le dossier resources/examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/groupement_view.py" line="76"/>
        <source>à choisir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/groupement_view.py" line="79"/>
        <source>sans capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/groupement_view.py" line="86"/>
        <source>non signée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/groupement_view.py" line="89"/>
        <source>à élire par la première assemblée générale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/identity_page.py" line="20"/>
        <source>Groupement de coopération médico-sociale …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/identity_page.py" line="29"/>
        <source>Facultatif : contexte et finalités du groupement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/identity_page.py" line="32"/>
        <source>Une ligne par visa, par exemple :
la délibération du conseil d&apos;administration de l&apos;association A du 12 octobre 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/identity_page.py" line="35"/>
        <source>Dénomination :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/identity_page.py" line="37"/>
        <source>Sigle :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/identity_page.py" line="38"/>
        <source>Préambule :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/identity_page.py" line="39"/>
        <source>Visas (« Vu … ») :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/identity_page.py" line="46"/>
        <source>✓ La mention obligatoire figure dans la dénomination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/identity_page.py" line="49"/>
        <source>La dénomination doit contenir « groupement de coopération sociale » ou « groupement de coopération médico-sociale » (art. R. 312-194-17).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="97"/>
        <source>GCSMS Desktop — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="100"/>
        <source>Base ouverte : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="102"/>
        <source> (copie de sauvegarde avant mise à jour : {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="114"/>
        <source>Ouvrir une base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="115"/>
        <source>Bases GCSMS (*.sqlite *.db);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="123"/>
        <source>Base illisible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="137"/>
        <source>{0} membres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="168"/>
        <source>Groupement « {0} » enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="173"/>
        <source>Aucun brouillon à reprendre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="176"/>
        <source>Reprendre un brouillon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="176"/>
        <source>Brouillon :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="187"/>
        <source>Imprimer la convention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="188"/>
        <source>Documents PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="202"/>
        <source>Convention enregistrée dans {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="204"/>
        <source>Convention enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="205"/>
        <source>La convention a été enregistrée dans
{0}

L&apos;ouvrir maintenant ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="211"/>
        <source>Importer un groupement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="212"/>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="224"/>
        <source>Fichiers JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="218"/>
        <source>Groupement importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="224"/>
        <source>Exporter en JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="227"/>
        <source>Exporté dans {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="230"/>
        <source>À propos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/main_window.py" line="231"/>
        <source>&lt;b&gt;GCSMS Desktop {0}&lt;/b&gt;&lt;br&gt;Tenue juridique des groupements de coopération sociale ou médico-sociale (articles L. 312-7 et R. 312-194-1 et suivants du CASF).&lt;br&gt;&lt;br&gt;Base : {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../gcsms_desktop/gui/dialogs/member_dialog.py" line="48"/>
        <source>Membre du groupement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/dialogs/member_dialog.py" line="67"/>
        <source>à but lucratif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/dialogs/member_dialog.py" line="72"/>
        <source>Nom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/dialogs/member_dialog.py" line="72"/>
        <source>Sigle :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/dialogs/member_dialog.py" line="73"/>
        <source>Catégorie :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/dialogs/member_dialog.py" line="73"/>
        <source>Personne :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/dialogs/member_dialog.py" line="74"/>
        <source>Droit :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/dialogs/member_dialog.py" line="74"/>
        <source>Adresse :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/dialogs/member_dialog.py" line="75"/>
        <source>SIREN (facultatif) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/dialogs/member_dialog.py" line="76"/>
        <source>FINESS (facultatif) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/dialogs/member_dialog.py" line="79"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/dialogs/member_dialog.py" line="79"/>
        <source>Qualité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/dialogs/member_dialog.py" line="79"/>
        <source>Suppléant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/dialogs/member_dialog.py" line="84"/>
        <source>Ajouter un représentant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/dialogs/member_dialog.py" line="85"/>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/dialogs/member_dialog.py" line="100"/>
        <source>Représentants à l&apos;assemblée générale :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/members_page.py" line="23"/>
        <source>Membre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/members_page.py" line="23"/>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/members_page.py" line="23"/>
        <source>Représentants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/members_page.py" line="24"/>
        <source>Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/members_page.py" line="32"/>
        <source>&amp;Ajouter un membre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/members_page.py" line="33"/>
        <source>&amp;Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/members_page.py" line="34"/>
        <source>&amp;Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/members_page.py" line="40"/>
        <source>Associés (art. 6) — professionnels associés par convention, sans droit de vote :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/members_page.py" line="43"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/members_page.py" line="43"/>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/members_page.py" line="43"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/members_page.py" line="48"/>
        <source>Ajouter un associé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/members_page.py" line="49"/>
        <source>Retirer l&apos;associé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/members_page.py" line="90"/>
        <source>Retirer un membre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/members_page.py" line="91"/>
        <source>Retirer « {0} » de la liste des membres ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjetPage</name>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/objet_page.py" line="17"/>
        <source>Missions types (art. R. 312-194-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/objet_page.py" line="18"/>
        <source>Missions propres aux GCSMS (art. L. 312-7, 3°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/objet_page.py" line="34"/>
        <source>L&apos;exercice direct de missions ou la préparation de fusions imposent d&apos;annexer un protocole (art. R. 312-194-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/objet_page.py" line="38"/>
        <source>Précisions sur l&apos;objet (texte libre) :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeatPage</name>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/seat_page.py" line="23"/>
        <source>Adresse complète du siège</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/seat_page.py" line="25"/>
        <source>Ville où la convention est signée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/seat_page.py" line="26"/>
        <source>Durée indéterminée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/seat_page.py" line="29"/>
        <source> ans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/seat_page.py" line="32"/>
        <source>Siège :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/seat_page.py" line="33"/>
        <source>Lieu de signature :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/seat_page.py" line="34"/>
        <source>Durée :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/seat_page.py" line="35"/>
        <source>ou durée déterminée :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/seat_page.py" line="36"/>
        <source>Une durée déterminée court à compter du lendemain de la publication de l&apos;arrêté d&apos;approbation (article 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/seat_page.py" line="39"/>
        <source>Approbation (art. R. 312-194-18) — la personnalité morale court de la publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/seat_page.py" line="43"/>
        <source>connue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatutPage</name>
    <message>
        <location filename="../../gcsms_desktop/gui/wizards/creation/statut_page.py" line="43"/>
        <source>Règles budgétaires et comptables (art. R. 312-194-16) : {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
