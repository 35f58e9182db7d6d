<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_FI" sourcelanguage="fi_FI">
<context>
    <name></name>
    <message>
        <source>Valmentajan palautuspyyntö</source>
        <translation>The coach&apos;s recovery request</translation>
    </message>
    <message>
        <source>Palautuspyyntö</source>
        <translation>Recovery request</translation>
    </message>
    <message>
        <source>Vastaa vain, jos olet tavoittanut valmentajan tunnetusta numerosta ja hän lukee saman tunnisteen:</source>
        <translation>Answer only if you reached the coach on a known number and they read out the same code:</translation>
    </message>
    <message>
        <source>Tallenna vastaus valmentajalle</source>
        <translation>Save the answer for the coach</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Tietoja Omavalmentajasta</source>
        <translation>About Omavalmentaja</translation>
    </message>
    <message>
        <source>Versio %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Tietokansio: </source>
        <translation>Data folder: </translation>
    </message>
    <message>
        <source>Ohjelman mukana toimitetut osat ja niiden lisenssit:</source>
        <translation>Parts shipped with the program and their licences:</translation>
    </message>
    <message>
        <source>Qt-kirjastot ovat ohjelmakansiossa erillisinä tiedostoina, joten ne voi vaihtaa (LGPL-3.0).</source>
        <translation>The Qt libraries are separate files in the program folder, so they can be replaced (LGPL-3.0).</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <source>Koulutus ja tutkinnot</source>
        <translation>Education and qualifications</translation>
    </message>
    <message>
        <source>Työhistoria</source>
        <translation>Work history</translation>
    </message>
    <message>
        <source>Taidot</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Kielitaito</source>
        <translation>Language skills</translation>
    </message>
    <message>
        <source>Työhön vaikuttavat terveys- tai elämäntilanteet (arkaluonteinen)</source>
        <translation>Health or life circumstances affecting work (sensitive)</translation>
    </message>
    <message>
        <source>Asiakkaan omat toiveet</source>
        <translation>The client&apos;s own wishes</translation>
    </message>
    <message>
        <source>Palvelutarpeen arvio</source>
        <translation>Service need assessment</translation>
    </message>
    <message>
        <source>Uusi arvio</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <source>Arvio </source>
        <translation>Assessment </translation>
    </message>
    <message>
        <source>Arvion päivämäärä</source>
        <translation>Date of assessment</translation>
    </message>
    <message>
        <source>Kortit ja luvat</source>
        <translation>Cards and licences</translation>
    </message>
    <message>
        <source>Tallenna arvio</source>
        <translation>Save assessment</translation>
    </message>
    <message>
        <source>Näytä:</source>
        <translation>Show:</translation>
    </message>
</context>
<context>
    <name>ClientDataActions</name>
    <message>
        <source>Vie asiakkaan tiedot…</source>
        <translation>Export client&apos;s data…</translation>
    </message>
    <message>
        <source>Kaikki asiakkaasta tallennettu kansioon: PDF-yhteenveto, JSON-tiedosto ja allekirjoitukset (tietopyyntö)</source>
        <translation>Everything held on the client, to a folder: PDF summary, JSON file and signatures (subject access request)</translation>
    </message>
    <message>
        <source>Poista asiakas pysyvästi…</source>
        <translation>Erase client permanently…</translation>
    </message>
    <message>
        <source>Valitse kansio, johon tiedot viedään</source>
        <translation>Choose the folder for the exported data</translation>
    </message>
    <message>
        <source>Tiedot viety</source>
        <translation>Data exported</translation>
    </message>
    <message>
        <source>Asiakkaan tiedot (%1 tietuetta) on viety kansioon
%2

Toimita ne asiakkaalle turvallisesti.</source>
        <translation>The client&apos;s data (%1 records) has been exported to the folder
%2

Deliver it to the client securely.</translation>
    </message>
    <message>
        <source>Viedään asiakkaan tietoja…</source>
        <translation>Exporting the client&apos;s data…</translation>
    </message>
    <message>
        <source>Asiakas poistettu</source>
        <translation>Client erased</translation>
    </message>
    <message>
        <source>Asiakas ja kaikki hänen tietonsa (%1 tietuetta) on poistettu pysyvästi.</source>
        <translation>The client and all their data (%1 records) have been erased permanently.</translation>
    </message>
    <message>
        <source>Poistetaan asiakkaan tietoja…</source>
        <translation>Erasing the client&apos;s data…</translation>
    </message>
</context>
<context>
    <name>ClientDetail</name>
    <message>
        <source>Valitse asiakas listasta.</source>
        <translation>Choose a client from the list.</translation>
    </message>
    <message>
        <source>Kopioi henkilötunnus</source>
        <translation>Copy the personal identity code</translation>
    </message>
    <message>
        <source>Kopioi puhelinnumero</source>
        <translation>Copy the phone number</translation>
    </message>
    <message>
        <source>Leikepöytä tyhjennetään 30 sekunnin kuluttua.</source>
        <translation>The clipboard is cleared after 30 seconds.</translation>
    </message>
    <message numerus="yes">
        <source>%n v</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Seuraava tapaaminen </source>
        <translation>Next meeting </translation>
    </message>
    <message>
        <source>Asiakkuus alkoi </source>
        <translation>Client since </translation>
    </message>
    <message>
        <source>Monialainen palvelutarve: </source>
        <translation>Multi-sectoral service need: </translation>
    </message>
    <message>
        <source>Tulkki tarvitaan</source>
        <translation>Interpreter needed</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>PPKKVV-NNNT</source>
        <translation>DDMMYY-NNNC</translation>
    </message>
    <message>
        <source>esim. fi, ar, en</source>
        <translation>e.g. fi, ar, en</translation>
    </message>
    <message>
        <source>Tarvitsee tulkin</source>
        <translation>Needs an interpreter</translation>
    </message>
    <message>
        <source>– ei valittu –</source>
        <translation>– not chosen –</translation>
    </message>
    <message>
        <source>Monialaisen palvelun tarve (TYP)</source>
        <translation>Need for multi-sectoral joint service (TYP)</translation>
    </message>
    <message>
        <source>Peruste</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Taustatiedot vapaasti</source>
        <translation>Background in your own words</translation>
    </message>
    <message>
        <source>Etunimet *</source>
        <translation>First names *</translation>
    </message>
    <message>
        <source>Sukunimi *</source>
        <translation>Last name *</translation>
    </message>
    <message>
        <source>Kutsumanimi</source>
        <translation>Preferred name</translation>
    </message>
    <message>
        <source>Henkilötunnus</source>
        <translation>Personal identity code</translation>
    </message>
    <message>
        <source>Syntymäaika</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Puhelin</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Sähköposti</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Osoite</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Kotikunta</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Kielet</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Kohderyhmäperuste (kokeilu 2021–2024)</source>
        <translation>Target-group basis (2021–2024 pilot)</translation>
    </message>
    <message>
        <source>Asiakkuus alkoi</source>
        <translation>Client since</translation>
    </message>
    <message>
        <source>Monialaisuuden peruste</source>
        <translation>Reason for multi-sectoral need</translation>
    </message>
    <message>
        <source>Tausta</source>
        <translation>Background</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ikä</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Kotikunta</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tavattu</source>
        <translation>Last met</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>Hae nimellä, henkilötunnuksella tai muistiinpanoista (Ctrl+F)</source>
        <translation>Search by name, identity code or notes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Vain aktiiviset</source>
        <translation>Active only</translation>
    </message>
    <message>
        <source>Kotikunta</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Uusi asiakas</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Hae</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Hae asiakasta</source>
        <translation>Find a client</translation>
    </message>
    <message>
        <source>Näytä vain aktiiviset asiakkaat</source>
        <translation>Show active clients only</translation>
    </message>
    <message>
        <source>Asiakkaat</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Kaikki kunnat</source>
        <translation>All municipalities</translation>
    </message>
    <message numerus="yes">
        <source>%n asiakasta</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientRecordForm</name>
    <message>
        <source>– ei tiedossa –</source>
        <translation>– not known –</translation>
    </message>
    <message>
        <source>esim. fi, so, ar</source>
        <translation>e.g. fi, so, ar</translation>
    </message>
    <message>
        <source>kieli:taso, esim. en:B1, sv:A2</source>
        <translation>language:level, e.g. en:B1, sv:A2</translation>
    </message>
    <message>
        <source>maakoodi, esim. FI</source>
        <translation>country code, e.g. FI</translation>
    </message>
    <message>
        <source>pilkulla erotettuina</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <source>lyhyesti, ei diagnooseja</source>
        <translation>briefly, no diagnoses</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <source>Päätä asiakkuus</source>
        <translation>Close the client relationship</translation>
    </message>
    <message>
        <source>Päättymispäivä</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <source>Päättymisen syy</source>
        <translation>Exit reason</translation>
    </message>
    <message>
        <source>– valitse –</source>
        <translation>– choose –</translation>
    </message>
    <message>
        <source>Lisätieto</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Lisätieto (valinnainen, ei terveystietoja)</source>
        <translation>Note (optional, no health data)</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CoachCheckDialog</name>
    <message>
        <source>Valmentajan tunnistus</source>
        <translation>Coach check</translation>
    </message>
    <message>
        <source>Valmentajan tunnuslause tai PIN-koodi</source>
        <translation>Coach&apos;s passphrase or PIN</translation>
    </message>
    <message>
        <source>Tarkistetaan…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Väärä tunnuslause tai PIN-koodi.</source>
        <translation>Wrong passphrase or PIN.</translation>
    </message>
    <message>
        <source>Tarkistus epäonnistui.</source>
        <translation>The check failed.</translation>
    </message>
    <message>
        <source>Palataksesi asiakaslistaan anna tunnuslauseesi.</source>
        <translation>Enter your passphrase to return to the client list.</translation>
    </message>
</context>
<context>
    <name>CoachSyncPage</name>
    <message>
        <source>Tämä laite</source>
        <translation>This device</translation>
    </message>
    <message>
        <source>Sormenjälki</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Laitetunnus</source>
        <translation>Device id</translation>
    </message>
    <message>
        <source>Toimisto hyväksyy laitteen vasta, kun se on verrannut tätä sormenjälkeä omaan näkymäänsä.</source>
        <translation>The office accepts this device only after comparing this fingerprint with what it sees.</translation>
    </message>
    <message>
        <source>Nimesi toimiston listoissa</source>
        <translation>Your name in the office&apos;s lists</translation>
    </message>
    <message>
        <source>Rekisteröi toimiston avaintiedosto…</source>
        <translation>Register the office key file…</translation>
    </message>
    <message>
        <source>Toimisto</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Valmentaja</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Vie muutospaketti…</source>
        <translation>Export change bundle…</translation>
    </message>
    <message>
        <source>Tuo toimiston kuittaus…</source>
        <translation>Import office receipt…</translation>
    </message>
    <message>
        <source>Muutokset toimistoon</source>
        <translation>Changes to the office</translation>
    </message>
    <message>
        <source>Paketti on salattu toimiston avaimella ja allekirjoitettu tämän laitteen avaimella. Samat muutokset tulevat uudelleen seuraavaan pakettiin, kunnes toimiston kuittaus on tuotu.</source>
        <translation>The bundle is encrypted to the office&apos;s key and signed with this device&apos;s key. The same changes go into the next bundle again until the office&apos;s receipt has been imported.</translation>
    </message>
    <message>
        <source>Synkronointi</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Rekisteröity: </source>
        <translation>Registered: </translation>
    </message>
    <message>
        <source>Toimiston avainta ei ole vielä rekisteröity. Pyydä toimistolta avaintiedosto (.omvkey).</source>
        <translation>The office key has not been registered yet. Ask the office for its key file (.omvkey).</translation>
    </message>
    <message>
        <source>Kuittaamattomia muutoksia: </source>
        <translation>Changes not yet receipted: </translation>
    </message>
    <message>
        <source>Viimeisin paketti: </source>
        <translation>Last bundle: </translation>
    </message>
    <message>
        <source>Viimeisin kuittaus: </source>
        <translation>Last receipt: </translation>
    </message>
    <message>
        <source>Toimiston avaintiedosto</source>
        <translation>Office key file</translation>
    </message>
    <message>
        <source>Vertaa toimiston sormenjälkeä</source>
        <translation>Compare the office&apos;s fingerprint</translation>
    </message>
    <message>
        <source>Pyydä toimistoa lukemaan sormenjälkensä puhelimessa tai katso se toimiston tulosteesta. Rekisteröi avain vain, jos se on merkki merkiltä sama kuin tämän avaintiedoston:</source>
        <translation>Ask the office to read its fingerprint out on the phone, or look it up on the office&apos;s printout. Enrol the key only if it is the same, character by character, as this key file&apos;s:</translation>
    </message>
    <message>
        <source>Ovatko sormenjäljet täsmälleen samat?</source>
        <translation>Are the fingerprints exactly the same?</translation>
    </message>
    <message>
        <source>Avainta ei rekisteröity: sormenjälkeä ei vahvistettu.</source>
        <translation>The key was not enrolled: the fingerprint was not confirmed.</translation>
    </message>
    <message>
        <source>Toimisto rekisteröity, sormenjälki </source>
        <translation>Office enrolled, fingerprint </translation>
    </message>
    <message>
        <source>Tallenna muutospaketti</source>
        <translation>Save change bundle</translation>
    </message>
    <message>
        <source>Paketti %1 tallennettu: %2 (tietueita %3, poistoja %4). Toimita se toimistoon.</source>
        <translation>Bundle %1 saved: %2 (%3 records, %4 deletions). Deliver it to the office.</translation>
    </message>
    <message>
        <source>Tehdään pakettia…</source>
        <translation>Making the bundle…</translation>
    </message>
    <message>
        <source>Toimiston kuittaus</source>
        <translation>Office receipt</translation>
    </message>
    <message>
        <source>Tämä kuittaus on jo tuotu; mitään ei muutettu.</source>
        <translation>This receipt has already been imported; nothing was changed.</translation>
    </message>
    <message>
        <source>Kuittaus tuotu: kuitattu %1, päivitetty %2, uusia asiakkaita %3.</source>
        <translation>Receipt imported: %1 acknowledged, %2 updated, %3 new clients.</translation>
    </message>
    <message>
        <source>Omia muutoksia säilytettiin: %1 (toimisto näkee molemmat versiot).</source>
        <translation>Your own changes were kept: %1 (the office sees both versions).</translation>
    </message>
    <message>
        <source>Tuodaan kuittausta…</source>
        <translation>Importing the receipt…</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Sulje</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Kohta</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Vastaus</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Aiempi</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <source>Myöhempi</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Muutos</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>ConsentTable</name>
    <message>
        <source>Laji</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Annettu</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Laajuus</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Peruttu</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Lisää suostumus</source>
        <translation>Add consent</translation>
    </message>
    <message>
        <source>Poista valittu</source>
        <translation>Remove selected</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Uusi tunnuslause</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Tunnuslause uudelleen</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>Luo holvi</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <source>Tervetuloa Omavalmentajaan</source>
        <translation>Welcome to Omavalmentaja</translation>
    </message>
    <message>
        <source>Asiakastiedot tallennetaan salattuun holviin tälle koneelle. Valitse tunnuslause, jota ei käytetä muualla. Unohtunutta tunnuslausetta ei voi palauttaa.</source>
        <translation>Client data is kept in an encrypted vault on this computer. Choose a passphrase you use nowhere else. A forgotten passphrase cannot be recovered.</translation>
    </message>
    <message>
        <source>Tunnuslauseet eivät täsmää.</source>
        <translation>The passphrases do not match.</translation>
    </message>
    <message>
        <source>Holvia ei voitu luoda.</source>
        <translation>The vault could not be created.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Päivämäärä</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>EnrolStep</name>
    <message>
        <source>Toimiston avain</source>
        <translation>The office&apos;s key</translation>
    </message>
    <message>
        <source>Jos toimisto on antanut sinulle avaintiedoston (.omvkey), rekisteröi se nyt: sen jälkeen voit lähettää muutokset toimistoon salattuina. Voit tehdä tämän myöhemmin Synkronointi-sivulla.</source>
        <translation>If the office has given you a key file (.omvkey), register it now: you can then send your changes to the office encrypted. You can also do this later on the Sync page.</translation>
    </message>
    <message>
        <source>Valitse avaintiedosto…</source>
        <translation>Choose the key file…</translation>
    </message>
    <message>
        <source>Ohita ja aloita</source>
        <translation>Skip and start</translation>
    </message>
    <message>
        <source>Toimiston avaintiedosto</source>
        <translation>Office key file</translation>
    </message>
    <message>
        <source>Toimisto %1 rekisteröity, sormenjälki:</source>
        <translation>Office %1 registered, fingerprint:</translation>
    </message>
    <message>
        <source>Aloita</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Poista asiakas pysyvästi</source>
        <translation>Erase client permanently</translation>
    </message>
    <message>
        <source>Kaikki asiakkaan tiedot poistetaan tästä laitteesta pysyvästi: perustiedot, arviot, tapaamiset, kyselyt ja suunnitelmat allekirjoituksineen. Toimisto saa poiston tiedon seuraavassa synkronoinnissa ja päättää oman kopionsa poistamisesta. Poistoa ei voi perua.

Poistaa saa vain laillisella perusteella: asiakkaan pyyntö ei yksin riitä, koska tiedot säilytetään lain nojalla.

Vahvista kirjoittamalla asiakkaan sukunimi.</source>
        <translation>All of the client&apos;s data is erased from this device permanently: basic details, assessments, meetings, questionnaires and plans with their signatures. The office learns of the erasure at the next sync and decides on erasing its own copy. The erasure cannot be undone.

Erasure is allowed only on a lawful ground: the client&apos;s request alone is not enough, as the data is kept under a legal duty.

Confirm by typing the client&apos;s last name.</translation>
    </message>
    <message>
        <source>Sukunimi</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Poiston peruste</source>
        <translation>Reason for the erasure</translation>
    </message>
    <message>
        <source>– valitse –</source>
        <translation>– choose –</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Poista pysyvästi</source>
        <translation>Erase permanently</translation>
    </message>
    <message>
        <source>Asiakkaan sukunimi</source>
        <translation>The client&apos;s last name</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>Käyttöönotto, vaihe %1/%2</source>
        <translation>Getting started, step %1/%2</translation>
    </message>
</context>
<context>
    <name>HandoverWindow</name>
    <message>
        <source>Anna laite takaisin valmentajalle.</source>
        <translation>Please hand the device back to the coach.</translation>
    </message>
    <message>
        <source>Valmentaja</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Palaa asiakaslistaan (vaatii tunnuslauseen)</source>
        <translation>Back to the client list (needs the passphrase)</translation>
    </message>
</context>
<context>
    <name>JobSearchTab</name>
    <message>
        <source>Tarkastelujakso</source>
        <translation>Review period</translation>
    </message>
    <message>
        <source>Haettu / vaaditaan</source>
        <translation>Applied / required</translation>
    </message>
    <message>
        <source>Tilanne</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Työnhakuvelvollisuuden tarkastelujaksot</source>
        <translation>Review periods of the job-search obligation</translation>
    </message>
    <message>
        <source>Päivä</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Työnantaja tai tehtävä</source>
        <translation>Employer or job</translation>
    </message>
    <message>
        <source>Tapa</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Lisätieto</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Ilmoitetut työhakemukset</source>
        <translation>Reported job applications</translation>
    </message>
    <message>
        <source>Esim. Kauppa Oy, myyjä</source>
        <translation>E.g. Shop Ltd, sales assistant</translation>
    </message>
    <message>
        <source>Lisää hakemus</source>
        <translation>Add application</translation>
    </message>
    <message>
        <source>Poista valittu</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>Hakupäivä</source>
        <translation>Date applied</translation>
    </message>
    <message>
        <source>Miten haettu</source>
        <translation>How applied</translation>
    </message>
    <message>
        <source>Uusi ilmoitettu hakemus</source>
        <translation>New reported application</translation>
    </message>
    <message>
        <source>&lt;b&gt;Työnhakuvelvollisuus tarkastelujaksoittain&lt;/b&gt;</source>
        <translation>&lt;b&gt;Job-search obligation by review period&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ilmoitetut työhakemukset&lt;/b&gt;</source>
        <translation>&lt;b&gt;Reported job applications&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tarkastelujaksot näkyvät, kun asiakkaalle on kirjattu täysi tai alennettu työnhakuvelvollisuus ja ilmoittautumispäivä tai jaksojen alkupäivä (Perustiedot).</source>
        <translation>Review periods appear once a full or reduced job-search obligation and the registration date or the periods&apos; start date are recorded for the client (Basic details).</translation>
    </message>
    <message>
        <source>Jäi vajaaksi: muistutus</source>
        <translation>Not met: reminder</translation>
    </message>
    <message>
        <source>Täyttyi</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Käynnissä</source>
        <translation>Running</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Kieli</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Järjestelmän kieli</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Valittu kieli otetaan käyttöön, kun ohjelma käynnistetään seuraavan kerran.</source>
        <translation>The chosen language takes effect the next time the program starts.</translation>
    </message>
    <message>
        <source>Käyttöliittymän kieli</source>
        <translation>User interface language</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Omavalmentaja</source>
        <translation>Omavalmentaja</translation>
    </message>
    <message>
        <source>Omavalmentaja – esittelyholvi</source>
        <translation>Omavalmentaja – demo vault</translation>
    </message>
    <message>
        <source>Lukitse</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Hae asiakasta</source>
        <translation>Find client</translation>
    </message>
    <message>
        <source>Osiot</source>
        <translation>Sections</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Tapaaminen</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Palautettiin tallentamaton luonnos.</source>
        <translation>An unsaved draft was restored.</translation>
    </message>
    <message>
        <source>– ei palvelumallin keskustelu –</source>
        <translation>– not a service-model conversation –</translation>
    </message>
    <message>
        <source>Palvelumallin keskustelu</source>
        <translation>Service-model conversation</translation>
    </message>
    <message>
        <source>Muistiinpanot tallentuvat luonnokseksi muutaman sekunnin välein.</source>
        <translation>Notes are saved as a draft every few seconds.</translation>
    </message>
    <message>
        <source>Sulje (luonnos säilyy)</source>
        <translation>Close (the draft is kept)</translation>
    </message>
    <message>
        <source>Hylkää luonnos</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>Aika</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kesto</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Tapa</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Paikka</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Muistiinpanot</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sovitut seuraavat askeleet</source>
        <translation>Agreed next steps</translation>
    </message>
    <message>
        <source>Seurantapäivä</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>Luonnos tallennettu </source>
        <translation>Draft saved </translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>(tuleva)</source>
        <translation>(upcoming)</translation>
    </message>
    <message>
        <source>Seuranta </source>
        <translation>Follow-up </translation>
    </message>
    <message>
        <source>Tapaamiset</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Uusi tapaaminen</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Tällä asiakkaalla on tallentamaton luonnos: avaa tapaaminen jatkaaksesi.</source>
        <translation>This client has an unsaved draft: open the meeting to continue.</translation>
    </message>
</context>
<context>
    <name>NameStep</name>
    <message>
        <source>Nimesi</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Nimesi näkyy tapahtumalokissa, tulostetuissa suunnitelmissa, allekirjoituksissa ja toimiston listoissa. Voit muuttaa sitä myöhemmin kohdassa Asetukset.</source>
        <translation>Your name is shown in the audit log, on printed plans, in signatures and in the office&apos;s lists. You can change it later in Settings.</translation>
    </message>
    <message>
        <source>Etunimi Sukunimi</source>
        <translation>First name Last name</translation>
    </message>
    <message>
        <source>Valmentajan nimi</source>
        <translation>Coach&apos;s name</translation>
    </message>
    <message>
        <source>Jatka</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>Uusi asiakas</source>
        <translation>New client</translation>
    </message>
</context>
<context>
    <name>OfficeSyncPage</name>
    <message>
        <source>Tallenna avaintiedosto valmentajille…</source>
        <translation>Save key file for coaches…</translation>
    </message>
    <message>
        <source>Toimiston avain</source>
        <translation>Office key</translation>
    </message>
    <message>
        <source>Sormenjälki</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Tuo valmentajan paketti…</source>
        <translation>Import a coach&apos;s bundle…</translation>
    </message>
    <message>
        <source>Vastaa palautuspyyntöön…</source>
        <translation>Answer a recovery request…</translation>
    </message>
    <message>
        <source>Valmentaja</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Paketti</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <source>Tuotu</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Laitteet</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Synkronointi – toimisto</source>
        <translation>Sync – office</translation>
    </message>
    <message>
        <source>hyväksytty</source>
        <translation>trusted</translation>
    </message>
    <message>
        <source>peruttu</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>Avoimia ristiriitoja: </source>
        <translation>Open conflicts: </translation>
    </message>
    <message>
        <source>Toimiston avaintiedosto</source>
        <translation>Office key file</translation>
    </message>
    <message>
        <source>Avaintiedosto tallennettu: </source>
        <translation>Key file saved: </translation>
    </message>
    <message>
        <source>Valmentajan paketti</source>
        <translation>Coach&apos;s bundle</translation>
    </message>
    <message>
        <source>Tallenna kuittaus valmentajalle</source>
        <translation>Save receipt for the coach</translation>
    </message>
    <message>
        <source>Uusi laite</source>
        <translation>New device</translation>
    </message>
    <message>
        <source>Paketti on laitteelta, jota toimisto ei vielä tunne. Hyväksy se vain, jos valmentajan laite näyttää täsmälleen saman sormenjäljen:</source>
        <translation>The bundle comes from a device the office does not know yet. Accept it only if the coach&apos;s device shows exactly the same fingerprint:</translation>
    </message>
    <message>
        <source>Paketti on jo tuotu; mitään ei muutettu.</source>
        <translation>This bundle has already been imported; nothing was changed.</translation>
    </message>
    <message>
        <source>Tuotu: uusia %1, päivitetty %2, ristiriitoja %3.</source>
        <translation>Imported: %1 new, %2 updated, %3 conflicts.</translation>
    </message>
    <message>
        <source>Kuittaus: </source>
        <translation>Receipt: </translation>
    </message>
    <message>
        <source>Tuodaan pakettia…</source>
        <translation>Importing the bundle…</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Näytä</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Vahvuus: </source>
        <translation>Strength: </translation>
    </message>
    <message numerus="yes">
        <source>Vähintään %n merkkiä</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Caps Lock näyttää olevan päällä</source>
        <translation>Caps Lock seems to be on</translation>
    </message>
</context>
<context>
    <name>PinBox</name>
    <message>
        <source>Aseta PIN-koodi</source>
        <translation>Set PIN</translation>
    </message>
    <message>
        <source>Poista PIN-koodi</source>
        <translation>Remove PIN</translation>
    </message>
    <message>
        <source>PIN-koodi asiakkaan näkymästä poistumiseen</source>
        <translation>PIN for leaving the client&apos;s view</translation>
    </message>
    <message>
        <source>Asiakkaalle annetusta näkymästä (kysely, allekirjoitus) voi palata PIN-koodilla. %1 väärää yritystä lukitsee koodin, minkä jälkeen tarvitaan tunnuslause.</source>
        <translation>The view handed to the client (questionnaire, signature) can be left with the PIN. %1 wrong tries lock the PIN; the passphrase is then needed.</translation>
    </message>
    <message>
        <source>PIN-koodi on käytössä.</source>
        <translation>The PIN is in use.</translation>
    </message>
    <message>
        <source>PIN-koodia ei ole asetettu.</source>
        <translation>No PIN has been set.</translation>
    </message>
</context>
<context>
    <name>PinForm</name>
    <message>
        <source>4–8 numeroa</source>
        <translation>4–8 digits</translation>
    </message>
    <message>
        <source>Tunnuslause vahvistukseksi</source>
        <translation>Passphrase to confirm</translation>
    </message>
    <message>
        <source>PIN-koodi</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Toista</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>Tunnuslause</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>PIN-koodit eivät täsmää.</source>
        <translation>The PINs do not match.</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Työnhakuvelvollisuus ja seuraavat keskustelut täydentyvät asiakkaan tiedoista, kun luonnos tallennetaan.</source>
        <translation>The job-search obligation and the next conversations are filled in from the client&apos;s details when the draft is saved.</translation>
    </message>
    <message>
        <source>– ei valittu –</source>
        <translation>– not chosen –</translation>
    </message>
    <message>
        <source>Esim. työpaikka logistiikka-alalta</source>
        <translation>E.g. a job in logistics</translation>
    </message>
    <message>
        <source>Asiakkaan omin sanoin</source>
        <translation>In the client&apos;s own words</translation>
    </message>
    <message>
        <source>Nykytilanne</source>
        <translation>Current situation</translation>
    </message>
    <message>
        <source>Lisää vaihe</source>
        <translation>Add step</translation>
    </message>
    <message>
        <source>Suunnitelman laji</source>
        <translation>Type of plan</translation>
    </message>
    <message>
        <source>Palvelumalli</source>
        <translation>Service model</translation>
    </message>
    <message>
        <source>Tavoitteen laji</source>
        <translation>Kind of goal</translation>
    </message>
    <message>
        <source>Tavoite</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Tarkistuspäivä</source>
        <translation>Review date</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vaiheet ja palvelut&lt;/b&gt;</source>
        <translation>&lt;b&gt;Steps and services&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Poista vaihe %1</source>
        <translation>Remove step %1</translation>
    </message>
</context>
<context>
    <name>PlanSigningView</name>
    <message>
        <source>Allekirjoita tähän sormella, kynällä tai hiirellä</source>
        <translation>Sign here with your finger, a pen or the mouse</translation>
    </message>
    <message>
        <source>Hyväksyn suunnitelman ja allekirjoitan</source>
        <translation>I accept the plan and sign</translation>
    </message>
    <message>
        <source>Allekirjoitus</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Valmentaja: anna tunnuslauseesi allekirjoittaaksesi suunnitelman.</source>
        <translation>Coach: enter your passphrase to sign the plan.</translation>
    </message>
    <message>
        <source>Valmentajan nimi</source>
        <translation>Coach&apos;s name</translation>
    </message>
    <message>
        <source>Valmentajan allekirjoitus</source>
        <translation>Coach&apos;s signature</translation>
    </message>
    <message>
        <source>Allekirjoita</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Tai vahvista tunnuslauseella</source>
        <translation>Or confirm with the passphrase</translation>
    </message>
    <message>
        <source>Vahvista tunnuslauseella</source>
        <translation>Confirm with the passphrase</translation>
    </message>
    <message>
        <source>Takaisin asiakkaalle</source>
        <translation>Back to the client</translation>
    </message>
    <message>
        <source>Kiitos! Anna laite takaisin valmentajalle.</source>
        <translation>Thank you! Please hand the device back to the coach.</translation>
    </message>
    <message>
        <source>Valmentaja allekirjoittaa tai vahvistaa suunnitelman.</source>
        <translation>The coach signs or confirms the plan.</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Tallenna luonnos</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Muokkaa (uusi luonnos)</source>
        <translation>Edit (new draft)</translation>
    </message>
    <message>
        <source>Allekirjoitukseen…</source>
        <translation>To signing…</translation>
    </message>
    <message>
        <source>Näyttää suunnitelman asiakkaalle koko näytöllä allekirjoitettavaksi</source>
        <translation>Shows the plan to the client full screen for signing</translation>
    </message>
    <message>
        <source>Poista luonnos</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>Tulosteen asetukset…</source>
        <translation>Print settings…</translation>
    </message>
    <message>
        <source>Tallenna PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Avaa PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <source>Versio:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Uusi luonnos</source>
        <translation>New draft</translation>
    </message>
    <message>
        <source>Versio </source>
        <translation>Version </translation>
    </message>
    <message>
        <source> (voimassa)</source>
        <translation> (in force)</translation>
    </message>
    <message>
        <source>Uusi luonnos. Tallenna, kun tiedot ovat valmiit.</source>
        <translation>New draft. Save when the details are ready.</translation>
    </message>
    <message>
        <source>Allekirjoitettu </source>
        <translation>Signed </translation>
    </message>
    <message>
        <source> · tarkistuskoodi </source>
        <translation> · check code </translation>
    </message>
    <message>
        <source> · eheys tarkistettu</source>
        <translation> · integrity verified</translation>
    </message>
    <message>
        <source>Luonnos – ei vielä allekirjoitettu.</source>
        <translation>Draft – not signed yet.</translation>
    </message>
    <message>
        <source> Palautettu tallentamattomat muutokset.</source>
        <translation> Unsaved changes were restored.</translation>
    </message>
    <message>
        <source>(vahvistettu tunnuslauseella)</source>
        <translation>(confirmed with the passphrase)</translation>
    </message>
    <message>
        <source>Poistetaanko luonnos? Allekirjoitetut versiot säilyvät.</source>
        <translation>Delete the draft? Signed versions are kept.</translation>
    </message>
    <message>
        <source>Suunnitelman allekirjoitus</source>
        <translation>Signing the plan</translation>
    </message>
    <message>
        <source>Kiitos! Suunnitelma on allekirjoitettu.</source>
        <translation>Thank you! The plan is signed.</translation>
    </message>
    <message>
        <source>Tallenna suunnitelma PDF-tiedostoksi</source>
        <translation>Save the plan as a PDF file</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF tallennettu</source>
        <translation>PDF saved</translation>
    </message>
    <message>
        <source>Tehdään PDF-tiedostoa…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PDF-katselinta ei löytynyt.</source>
        <translation>No PDF viewer was found.</translation>
    </message>
</context>
<context>
    <name>PrintSettingsDialog</name>
    <message>
        <source>Tulosteen asetukset</source>
        <translation>Print settings</translation>
    </message>
    <message>
        <source>Esim. Kajaanin kaupunki, työllisyyspalvelut</source>
        <translation>E.g. City of Kajaani, employment services</translation>
    </message>
    <message>
        <source>Nimesi tulosteissa ja allekirjoituksissa</source>
        <translation>Your name on printouts and signatures</translation>
    </message>
    <message>
        <source>Valitse PNG…</source>
        <translation>Choose PNG…</translation>
    </message>
    <message>
        <source>Poista logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>Kunta tai palvelu</source>
        <translation>Municipality or service</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Valmentajan nimi</source>
        <translation>Coach&apos;s name</translation>
    </message>
    <message>
        <source>(ei logoa)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <source>Valitse logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>PNG-kuva (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>Perustiedot</source>
        <translation>Basic details</translation>
    </message>
    <message>
        <source>Työmarkkinatilanne ja osaaminen</source>
        <translation>Labour-market situation and skills</translation>
    </message>
    <message>
        <source>Tallenna</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Tauota asiakkuus</source>
        <translation>Pause client</translation>
    </message>
    <message>
        <source>Päätä asiakkuus…</source>
        <translation>Close client…</translation>
    </message>
    <message>
        <source>Palauta aktiiviseksi</source>
        <translation>Make active again</translation>
    </message>
    <message>
        <source>Korjaa päättyminen…</source>
        <translation>Correct the closing…</translation>
    </message>
</context>
<context>
    <name>QuestionnairesTab</name>
    <message>
        <source>Kirjaa tulokset…</source>
        <translation>Record results…</translation>
    </message>
    <message>
        <source>Täytä asiakkaan kanssa</source>
        <translation>Fill in with the client</translation>
    </message>
    <message>
        <source>Tuo määrittely…</source>
        <translation>Import definition…</translation>
    </message>
    <message>
        <source>Tuo kyselyn määrittelytiedosto (JSON tai TOML), johon organisaatiollasi on lupa</source>
        <translation>Import a questionnaire definition file (JSON or TOML) your organisation is licensed to use</translation>
    </message>
    <message>
        <source>Kieli</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Jatka keskeneräistä</source>
        <translation>Continue the unfinished one</translation>
    </message>
    <message>
        <source>Tulokset ajan mittaan</source>
        <translation>Results over time</translation>
    </message>
    <message>
        <source>Vastaukset</source>
        <translation>Responses</translation>
    </message>
    <message>
        <source>Näytä / muokkaa</source>
        <translation>View / edit</translation>
    </message>
    <message>
        <source>Vertaa kahta valittua</source>
        <translation>Compare the two chosen</translation>
    </message>
    <message>
        <source>Poista</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Kysely</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Esimerkki – ei Kykyviisari</source>
        <translation>Example – not Kykyviisari</translation>
    </message>
    <message>
        <source>Ei vielä valmiita vastauksia – muutos näkyy täällä ajan mittaan.</source>
        <translation>No finished answers yet – change over time shows here.</translation>
    </message>
    <message>
        <source>Keskeneräinen täyttö: </source>
        <translation>Unfinished response: </translation>
    </message>
    <message>
        <source>Poista vastaus</source>
        <translation>Delete response</translation>
    </message>
    <message>
        <source>Poistetaanko valittu vastaus? Poistoa ei voi perua.</source>
        <translation>Delete the chosen response? This cannot be undone.</translation>
    </message>
    <message>
        <source>Tuo kyselyn määrittely</source>
        <translation>Import questionnaire definition</translation>
    </message>
    <message>
        <source>Määrittelyt (*.json *.toml)</source>
        <translation>Definitions (*.json *.toml)</translation>
    </message>
    <message>
        <source>Tuotu: </source>
        <translation>Imported: </translation>
    </message>
    <message>
        <source>Oli jo tuotu: </source>
        <translation>Already imported: </translation>
    </message>
    <message>
        <source>Kyselyn määrittely</source>
        <translation>Questionnaire definition</translation>
    </message>
</context>
<context>
    <name>QuickUnlockBox</name>
    <message>
        <source>Pika-avaus tällä koneella</source>
        <translation>Quick unlock on this computer</translation>
    </message>
    <message>
        <source>Holvin voi avata PIN-koodilla, kun koneen oma avainnippu on käytettävissä. Sama PIN-koodi palauttaa asiakkaan näkymästä. Viisi väärää yritystä poistaa pika-avauksen, minkä jälkeen tarvitaan tunnuslause.</source>
        <translation>The vault can be unlocked with the PIN when this computer&apos;s own keyring is available. The same PIN leaves the client&apos;s view. Five wrong tries remove quick unlock; then the passphrase is needed.</translation>
    </message>
    <message>
        <source>Pika-avauksen PIN-koodi</source>
        <translation>Quick unlock PIN</translation>
    </message>
    <message>
        <source>PIN-koodi uudelleen</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <source>Ota pika-avaus käyttöön</source>
        <translation>Turn quick unlock on</translation>
    </message>
    <message>
        <source>Poista pika-avaus käytöstä</source>
        <translation>Turn quick unlock off</translation>
    </message>
    <message>
        <source>Pika-avaus on käytössä.</source>
        <translation>Quick unlock is on.</translation>
    </message>
    <message>
        <source>Pika-avaus ei ole käytössä.</source>
        <translation>Quick unlock is off.</translation>
    </message>
    <message>
        <source>Otetaan pika-avausta käyttöön…</source>
        <translation>Turning quick unlock on…</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Unohtunut tunnuslause</source>
        <translation>Forgotten passphrase</translation>
    </message>
    <message>
        <source>1. Tee palautuspyyntö ja toimita se toimistoon. Toimisto soittaa sinulle ja tarkistaa pyynnön tunnisteen.
2. Kun saat toimiston vastauksen, valitse se ja anna uusi tunnuslause. Vastaus toimii kerran ja vain tällä koneella.</source>
        <translation>1. Make a recovery request and take it to the office. The office calls you and checks the request&apos;s code.
2. When you get the office&apos;s answer, choose it and give a new passphrase. The answer works once, and only on this computer.</translation>
    </message>
    <message>
        <source>Tee palautuspyyntö…</source>
        <translation>Make a recovery request…</translation>
    </message>
    <message>
        <source>Uusi tunnuslause</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Uusi tunnuslause uudelleen</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <source>Käytä toimiston vastaus…</source>
        <translation>Apply the office&apos;s answer…</translation>
    </message>
    <message>
        <source>Palautuspyyntö</source>
        <translation>Recovery request</translation>
    </message>
    <message>
        <source>Toimiston vastaus</source>
        <translation>The office&apos;s answer</translation>
    </message>
    <message>
        <source>Uudet tunnuslauseet eivät täsmää.</source>
        <translation>The new passphrases do not match.</translation>
    </message>
    <message>
        <source>Salataan holvia uudella avaimella…</source>
        <translation>Encrypting the vault under a new key…</translation>
    </message>
</context>
<context>
    <name>ResponseFormDialog</name>
    <message>
        <source>Päivämäärä *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <source>* pakollinen</source>
        <translation>* required</translation>
    </message>
    <message>
        <source>Tallenna</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ResponsesModel</name>
    <message>
        <source>Päivämäärä</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Versio</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <source> (tuntematon)</source>
        <translation> (unknown)</translation>
    </message>
    <message>
        <source>Valmis</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Kesken</source>
        <translation>Unfinished</translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <source>Säilytysaika</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>Asiakkaat, joiden säilytysaika on päättynyt</source>
        <translation>Clients whose retention period has ended</translation>
    </message>
    <message>
        <source>Päivitä</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Säilytysajan asettaa toimisto (arkistonmuodostus- tai tiedonohjaussuunnitelma). Poista asiakas perusteella ”Säilytysaika on päättynyt” asiakkaan perustiedoista.</source>
        <translation>The retention period is set by the office (its records-management plan). Erase the client with the reason “The retention period has ended” from the client&apos;s basic details.</translation>
    </message>
    <message>
        <source>Asiakkaat, joiden säilytysaika on päättynyt:</source>
        <translation>Clients whose retention period has ended:</translation>
    </message>
</context>
<context>
    <name>ServiceModelBox</name>
    <message>
        <source>Palvelumalli</source>
        <translation>Service model</translation>
    </message>
    <message>
        <source>edellinen arkipäivä</source>
        <translation>the previous working day</translation>
    </message>
    <message>
        <source>seuraava arkipäivä</source>
        <translation>the next working day</translation>
    </message>
    <message>
        <source> päivää</source>
        <translation> days</translation>
    </message>
    <message>
        <source> (voimassa)</source>
        <translation> (in force)</translation>
    </message>
    <message>
        <source>Viikonloppuun tai pyhään osuva määräpäivä siirtyy</source>
        <translation>A due date on a weekend or holiday moves to</translation>
    </message>
    <message>
        <source>Näytä erääntyvät etukäteen</source>
        <translation>Show items due ahead by</translation>
    </message>
    <message>
        <source>Sääntöversiot</source>
        <translation>Rules versions</translation>
    </message>
</context>
<context>
    <name>ServiceModelDue</name>
    <message>
        <source>(myöhässä %1 pv)</source>
        <translation>(%1 d overdue)</translation>
    </message>
    <message>
        <source>Palvelumalli: </source>
        <translation>Service model: </translation>
    </message>
</context>
<context>
    <name>ServiceModelFields</name>
    <message>
        <source>– ei kirjattu –</source>
        <translation>– not recorded –</translation>
    </message>
    <message>
        <source> / kk</source>
        <translation> / month</translation>
    </message>
    <message>
        <source>Alentamisen tai poistamisen peruste</source>
        <translation>Reason for reducing or removing</translation>
    </message>
    <message>
        <source> kk</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Ilmoittautunut työnhakijaksi</source>
        <translation>Registered as a jobseeker</translation>
    </message>
    <message>
        <source>Työnhakuvelvollisuus</source>
        <translation>Job-search obligation</translation>
    </message>
    <message>
        <source>Haettavia työmahdollisuuksia kuukaudessa</source>
        <translation>Job opportunities to apply for a month</translation>
    </message>
    <message>
        <source>Velvollisuuden peruste</source>
        <translation>Reason for the obligation</translation>
    </message>
    <message>
        <source>Tarkastelujakso</source>
        <translation>Review period</translation>
    </message>
    <message>
        <source>Tarkastelujaksot alkaen</source>
        <translation>Review periods from</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source> päivää</source>
        <translation> days</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Etunimi Sukunimi</source>
        <translation>First name Last name</translation>
    </message>
    <message>
        <source>Nimesi tapahtumalokissa, tulostetuissa suunnitelmissa, allekirjoituksissa ja toimiston listoissa</source>
        <translation>Your name in the audit log, on printed plans, in signatures and in the office&apos;s lists</translation>
    </message>
    <message>
        <source>Työskentely</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Valmentajan nimi</source>
        <translation>Coach&apos;s name</translation>
    </message>
    <message>
        <source>Muistuta, jos asiakasta ei ole tavattu</source>
        <translation>Remind me when a client has not been met for</translation>
    </message>
    <message>
        <source>Lukitse, kun ohjelmaa ei ole käytetty</source>
        <translation>Lock when the program has not been used for</translation>
    </message>
    <message>
        <source>Nykyinen tunnuslause</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>Uusi tunnuslause</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Uusi tunnuslause uudelleen</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <source>Vaihda tunnuslause</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Tunnuslause</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Nykyinen</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Uusi</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Toista</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>Asetukset</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Uudet tunnuslauseet eivät täsmää.</source>
        <translation>The new passphrases do not match.</translation>
    </message>
    <message>
        <source>Vaihdetaan tunnuslausetta…</source>
        <translation>Changing the passphrase…</translation>
    </message>
    <message>
        <source>Tunnuslause vaihdettu.</source>
        <translation>Passphrase changed.</translation>
    </message>
    <message>
        <source>Varmuuskopio</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Salattu kopio koko holvista yhteen tiedostoon. Sen avaa holvin nykyinen tunnuslause; palautus tehdään komennolla omavalmentaja restore.</source>
        <translation>An encrypted copy of the whole vault in one file. The vault&apos;s current passphrase opens it; restore it with the command omavalmentaja restore.</translation>
    </message>
    <message>
        <source>Varmuuskopioi…</source>
        <translation>Back up…</translation>
    </message>
    <message>
        <source>Tallenna varmuuskopio</source>
        <translation>Save backup</translation>
    </message>
    <message>
        <source>Holvin tunnuslause:</source>
        <translation>The vault&apos;s passphrase:</translation>
    </message>
    <message>
        <source>Varmuuskopio tallennettu: %1 (%2 Mt)</source>
        <translation>Backup saved: %1 (%2 MB)</translation>
    </message>
    <message>
        <source>Tehdään varmuuskopiota…</source>
        <translation>Making the backup…</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Allekirjoita tähän</source>
        <translation>Sign here</translation>
    </message>
    <message>
        <source>Allekirjoitusalue</source>
        <translation>Signature area</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>Mitä tehdään</source>
        <translation>What will be done</translation>
    </message>
    <message>
        <source>Kuka (muu toimija)</source>
        <translation>Who (other organisation)</translation>
    </message>
    <message>
        <source>Palveluntuottaja</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Poista</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Määräaika</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Vastuu</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Palvelu alkaa</source>
        <translation>Service starts</translation>
    </message>
    <message>
        <source>Palvelu päättyy</source>
        <translation>Service ends</translation>
    </message>
    <message>
        <source>Päivä, jona asiakas aloittaa palvelussa (kuukausiraportin aloittaneet)</source>
        <translation>The day the client starts in the service (counted as a start in the monthly report)</translation>
    </message>
    <message>
        <source>Päivä, jona palvelu päättyy (tyhjä, jos päättymispäivää ei ole sovittu)</source>
        <translation>The day the service ends (empty if no end date has been agreed)</translation>
    </message>
    <message>
        <source>Palvelu</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Aika</source>
        <translation>Period</translation>
    </message>
</context>
<context>
    <name>TabStrip</name>
    <message>
        <source>Asiakkaan välilehdet</source>
        <translation>Client tabs</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Palvelumallin määräajat</source>
        <translation>Service-model deadlines</translation>
    </message>
    <message>
        <source>Aktiiviset asiakkaat, joita ei ole tavattu äskettäin</source>
        <translation>Active clients not met for a while</translation>
    </message>
    <message>
        <source>Päivän tapaamiset</source>
        <translation>Today&apos;s meetings</translation>
    </message>
    <message>
        <source>Erääntyneet ja tämän päivän seurannat</source>
        <translation>Overdue and today&apos;s follow-ups</translation>
    </message>
    <message>
        <source>Palvelumallin määräajat: erääntyvät ja myöhässä</source>
        <translation>Service-model deadlines: due and overdue</translation>
    </message>
    <message>
        <source>Tänään </source>
        <translation>Today </translation>
    </message>
    <message>
        <source>Ei tapaamisia tänään.</source>
        <translation>No meetings today.</translation>
    </message>
    <message>
        <source>Ei erääntyneitä seurantoja.</source>
        <translation>No follow-ups due.</translation>
    </message>
    <message numerus="yes">
        <source>Aktiiviset asiakkaat, joita ei ole tavattu yli %n päivään</source>
        <translation>
            <numerusform>Active clients not met for over %n day</numerusform>
            <numerusform>Active clients not met for over %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>viimeksi </source>
        <translation>last </translation>
    </message>
    <message>
        <source>ei tapaamisia</source>
        <translation>no meetings</translation>
    </message>
    <message>
        <source>Kaikki aktiiviset asiakkaat on tavattu.</source>
        <translation>Every active client has been met.</translation>
    </message>
    <message>
        <source>Ei erääntyviä palvelumallin määräaikoja.</source>
        <translation>No service-model deadlines due.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Tunnuslause</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Avaa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Omavalmentaja</source>
        <translation>Omavalmentaja</translation>
    </message>
    <message>
        <source>Holvi on lukittu. Anna tunnuslauseesi.</source>
        <translation>The vault is locked. Enter your passphrase.</translation>
    </message>
    <message>
        <source>Esittelyholvi: kuvitteellisia asiakkaita.</source>
        <translation>Demo vault: fictional clients.</translation>
    </message>
    <message>
        <source>Tunnuslause: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>tai PIN-koodi (pika-avaus)</source>
        <translation>or the PIN (quick unlock)</translation>
    </message>
    <message>
        <source>PIN-koodi</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Unohtuiko tunnuslause?</source>
        <translation>Forgot the passphrase?</translation>
    </message>
    <message>
        <source>Avataan…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>Holvia ei voitu avata.</source>
        <translation>The vault could not be opened.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Käyttöopas</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>_PadWithButtons</name>
    <message>
        <source>Tyhjennä</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Kumoa viiva</source>
        <translation>Undo stroke</translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Lokitiedot</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Aika</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Käyttäjä</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Tapahtuma</source>
        <translation>Event</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Ohje</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Käyttöopas</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Tietoja Omavalmentajasta</source>
        <translation>About Omavalmentaja</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Tänään</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Asiakkaat</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Synkronointi</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Asetukset</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>plan_summary</name>
    <message>
        <source>Tavoite</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Omin sanoin</source>
        <translation>In your own words</translation>
    </message>
    <message>
        <source>Nykytilanne</source>
        <translation>Current situation</translation>
    </message>
    <message>
        <source>Vaiheet</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Vastuu:</source>
        <translation>Responsible:</translation>
    </message>
    <message>
        <source>%1 mennessä</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>Suunnitelma tarkistetaan</source>
        <translation>The plan will be reviewed</translation>
    </message>
    <message>
        <source>Palveluntuottaja:</source>
        <translation>Provider:</translation>
    </message>
    <message>
        <source>Palvelun aika:</source>
        <translation>Service period:</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Synkronointipaketti (*.omvb)</source>
        <translation>Sync bundle (*.omvb)</translation>
    </message>
    <message>
        <source>Toimiston avaintiedosto (*.omvkey)</source>
        <translation>Office key file (*.omvkey)</translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <source>Perustiedot</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Palvelutarve ja osaaminen</source>
        <translation>Service need and skills</translation>
    </message>
    <message>
        <source>Tapaamiset</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Suunnitelma</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Kykyviisari ja kyselyt</source>
        <translation>Kykyviisari and questionnaires</translation>
    </message>
    <message>
        <source>Lokitiedot</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Työnhaku</source>
        <translation>Job search</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Tarkista tiedot</source>
        <translation>Check the details</translation>
    </message>
    <message>
        <source>Virhe</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Odottamaton virhe: </source>
        <translation>Unexpected error: </translation>
    </message>
    <message>
        <source>Tyhjennä</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Välilehdet</source>
        <translation>Tabs</translation>
    </message>
</context>
</TS>
