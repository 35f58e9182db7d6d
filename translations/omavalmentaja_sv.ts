<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI" sourcelanguage="fi_FI">
<context>
    <name></name>
    <message>
        <source>Valmentajan palautuspyyntö</source>
        <translation>Coachens återställningsbegäran</translation>
    </message>
    <message>
        <source>Palautuspyyntö</source>
        <translation>Återställningsbegäran</translation>
    </message>
    <message>
        <source>Vastaa vain, jos olet tavoittanut valmentajan tunnetusta numerosta ja hän lukee saman tunnisteen:</source>
        <translation>Svara bara om du nått coachen på ett känt nummer och hen läser upp samma kod:</translation>
    </message>
    <message>
        <source>Tallenna vastaus valmentajalle</source>
        <translation>Spara svaret till coachen</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Tietoja Omavalmentajasta</source>
        <translation>Om Omavalmentaja</translation>
    </message>
    <message>
        <source>Versio %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Tietokansio: </source>
        <translation>Datamapp: </translation>
    </message>
    <message>
        <source>Ohjelman mukana toimitetut osat ja niiden lisenssit:</source>
        <translation>Delar som levereras med programmet och deras licenser:</translation>
    </message>
    <message>
        <source>Qt-kirjastot ovat ohjelmakansiossa erillisinä tiedostoina, joten ne voi vaihtaa (LGPL-3.0).</source>
        <translation>Qt-biblioteken ligger som separata filer i programmappen och kan därför bytas ut (LGPL-3.0).</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <source>Koulutus ja tutkinnot</source>
        <translation>Utbildning och examina</translation>
    </message>
    <message>
        <source>Työhistoria</source>
        <translation>Arbetshistoria</translation>
    </message>
    <message>
        <source>Taidot</source>
        <translation>Färdigheter</translation>
    </message>
    <message>
        <source>Kielitaito</source>
        <translation>Språkkunskaper</translation>
    </message>
    <message>
        <source>Työhön vaikuttavat terveys- tai elämäntilanteet (arkaluonteinen)</source>
        <translation>Hälsa eller livssituation som påverkar arbetet (känsligt)</translation>
    </message>
    <message>
        <source>Asiakkaan omat toiveet</source>
        <translation>Kundens egna önskemål</translation>
    </message>
    <message>
        <source>Palvelutarpeen arvio</source>
        <translation>Bedömning av servicebehovet</translation>
    </message>
    <message>
        <source>Uusi arvio</source>
        <translation>Ny bedömning</translation>
    </message>
    <message>
        <source>Arvio </source>
        <translation>Bedömning </translation>
    </message>
    <message>
        <source>Arvion päivämäärä</source>
        <translation>Bedömningens datum</translation>
    </message>
    <message>
        <source>Kortit ja luvat</source>
        <translation>Kort och tillstånd</translation>
    </message>
    <message>
        <source>Tallenna arvio</source>
        <translation>Spara bedömningen</translation>
    </message>
    <message>
        <source>Näytä:</source>
        <translation>Visa:</translation>
    </message>
</context>
<context>
    <name>ClientDataActions</name>
    <message>
        <source>Vie asiakkaan tiedot…</source>
        <translation>Exportera kundens uppgifter…</translation>
    </message>
    <message>
        <source>Kaikki asiakkaasta tallennettu kansioon: PDF-yhteenveto, JSON-tiedosto ja allekirjoitukset (tietopyyntö)</source>
        <translation>Allt som sparats om kunden till en mapp: PDF-sammandrag, JSON-fil och underskrifter (begäran om tillgång till uppgifter)</translation>
    </message>
    <message>
        <source>Poista asiakas pysyvästi…</source>
        <translation>Radera kunden permanent…</translation>
    </message>
    <message>
        <source>Valitse kansio, johon tiedot viedään</source>
        <translation>Välj mappen dit uppgifterna exporteras</translation>
    </message>
    <message>
        <source>Tiedot viety</source>
        <translation>Uppgifterna exporterade</translation>
    </message>
    <message>
        <source>Asiakkaan tiedot (%1 tietuetta) on viety kansioon
%2

Toimita ne asiakkaalle turvallisesti.</source>
        <translation>Kundens uppgifter (%1 poster) har exporterats till mappen
%2

Leverera dem till kunden på ett säkert sätt.</translation>
    </message>
    <message>
        <source>Viedään asiakkaan tietoja…</source>
        <translation>Kundens uppgifter exporteras…</translation>
    </message>
    <message>
        <source>Asiakas poistettu</source>
        <translation>Kunden raderad</translation>
    </message>
    <message>
        <source>Asiakas ja kaikki hänen tietonsa (%1 tietuetta) on poistettu pysyvästi.</source>
        <translation>Kunden och alla kundens uppgifter (%1 poster) har raderats permanent.</translation>
    </message>
    <message>
        <source>Poistetaan asiakkaan tietoja…</source>
        <translation>Kundens uppgifter raderas…</translation>
    </message>
</context>
<context>
    <name>ClientDetail</name>
    <message>
        <source>Valitse asiakas listasta.</source>
        <translation>Välj en kund i listan.</translation>
    </message>
    <message>
        <source>Kopioi henkilötunnus</source>
        <translation>Kopiera personbeteckningen</translation>
    </message>
    <message>
        <source>Kopioi puhelinnumero</source>
        <translation>Kopiera telefonnumret</translation>
    </message>
    <message>
        <source>Leikepöytä tyhjennetään 30 sekunnin kuluttua.</source>
        <translation>Urklippet töms efter 30 sekunder.</translation>
    </message>
    <message numerus="yes">
        <source>%n v</source>
        <translation>
            <numerusform>%n år</numerusform>
            <numerusform>%n år</numerusform>
        </translation>
    </message>
    <message>
        <source>Seuraava tapaaminen </source>
        <translation>Nästa möte </translation>
    </message>
    <message>
        <source>Asiakkuus alkoi </source>
        <translation>Kundrelationen började </translation>
    </message>
    <message>
        <source>Monialainen palvelutarve: </source>
        <translation>Sektorsövergripande servicebehov: </translation>
    </message>
    <message>
        <source>Tulkki tarvitaan</source>
        <translation>Tolk behövs</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>PPKKVV-NNNT</source>
        <translation>DDMMÅÅ-NNNK</translation>
    </message>
    <message>
        <source>esim. fi, ar, en</source>
        <translation>t.ex. fi, ar, en</translation>
    </message>
    <message>
        <source>Tarvitsee tulkin</source>
        <translation>Behöver tolk</translation>
    </message>
    <message>
        <source>– ei valittu –</source>
        <translation>– inte vald –</translation>
    </message>
    <message>
        <source>Monialaisen palvelun tarve (TYP)</source>
        <translation>Behov av sektorsövergripande samservice (SSS)</translation>
    </message>
    <message>
        <source>Peruste</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Taustatiedot vapaasti</source>
        <translation>Bakgrundsuppgifter fritt</translation>
    </message>
    <message>
        <source>Etunimet *</source>
        <translation>Förnamn *</translation>
    </message>
    <message>
        <source>Sukunimi *</source>
        <translation>Efternamn *</translation>
    </message>
    <message>
        <source>Kutsumanimi</source>
        <translation>Tilltalsnamn</translation>
    </message>
    <message>
        <source>Henkilötunnus</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Syntymäaika</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Puhelin</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Sähköposti</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Osoite</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Kotikunta</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <source>Kielet</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Kohderyhmäperuste (kokeilu 2021–2024)</source>
        <translation>Målgruppsgrund (försöket 2021–2024)</translation>
    </message>
    <message>
        <source>Asiakkuus alkoi</source>
        <translation>Kundrelationen började</translation>
    </message>
    <message>
        <source>Monialaisuuden peruste</source>
        <translation>Grund för sektorsövergripande behov</translation>
    </message>
    <message>
        <source>Tausta</source>
        <translation>Bakgrund</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Nimi</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Ikä</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <source>Kotikunta</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tavattu</source>
        <translation>Träffad</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>Hae nimellä, henkilötunnuksella tai muistiinpanoista (Ctrl+F)</source>
        <translation>Sök på namn, personbeteckning eller anteckningar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Vain aktiiviset</source>
        <translation>Endast aktiva</translation>
    </message>
    <message>
        <source>Kotikunta</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <source>Uusi asiakas</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <source>Hae</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Hae asiakasta</source>
        <translation>Sök kund</translation>
    </message>
    <message>
        <source>Näytä vain aktiiviset asiakkaat</source>
        <translation>Visa endast aktiva kunder</translation>
    </message>
    <message>
        <source>Asiakkaat</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Kaikki kunnat</source>
        <translation>Alla kommuner</translation>
    </message>
    <message numerus="yes">
        <source>%n asiakasta</source>
        <translation>
            <numerusform>%n kund</numerusform>
            <numerusform>%n kunder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientRecordForm</name>
    <message>
        <source>– ei tiedossa –</source>
        <translation>– okänt –</translation>
    </message>
    <message>
        <source>esim. fi, so, ar</source>
        <translation>t.ex. fi, so, ar</translation>
    </message>
    <message>
        <source>kieli:taso, esim. en:B1, sv:A2</source>
        <translation>språk:nivå, t.ex. en:B1, sv:A2</translation>
    </message>
    <message>
        <source>maakoodi, esim. FI</source>
        <translation>landskod, t.ex. FI</translation>
    </message>
    <message>
        <source>pilkulla erotettuina</source>
        <translation>åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>lyhyesti, ei diagnooseja</source>
        <translation>kort, inga diagnoser</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <source>Päätä asiakkuus</source>
        <translation>Avsluta kundrelationen</translation>
    </message>
    <message>
        <source>Päättymispäivä</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>Päättymisen syy</source>
        <translation>Orsak till avslutandet</translation>
    </message>
    <message>
        <source>– valitse –</source>
        <translation>– välj –</translation>
    </message>
    <message>
        <source>Lisätieto</source>
        <translation>Tilläggsuppgift</translation>
    </message>
    <message>
        <source>Lisätieto (valinnainen, ei terveystietoja)</source>
        <translation>Tilläggsuppgift (frivillig, inga hälsouppgifter)</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>CoachCheckDialog</name>
    <message>
        <source>Valmentajan tunnistus</source>
        <translation>Coachens identifiering</translation>
    </message>
    <message>
        <source>Valmentajan tunnuslause tai PIN-koodi</source>
        <translation>Coachens lösenfras eller PIN-kod</translation>
    </message>
    <message>
        <source>Tarkistetaan…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <source>Väärä tunnuslause tai PIN-koodi.</source>
        <translation>Fel lösenfras eller PIN-kod.</translation>
    </message>
    <message>
        <source>Tarkistus epäonnistui.</source>
        <translation>Kontrollen misslyckades.</translation>
    </message>
    <message>
        <source>Palataksesi asiakaslistaan anna tunnuslauseesi.</source>
        <translation>Ange din lösenfras för att återvända till kundlistan.</translation>
    </message>
</context>
<context>
    <name>CoachSyncPage</name>
    <message>
        <source>Tämä laite</source>
        <translation>Den här enheten</translation>
    </message>
    <message>
        <source>Sormenjälki</source>
        <translation>Fingeravtryck</translation>
    </message>
    <message>
        <source>Laitetunnus</source>
        <translation>Enhets-id</translation>
    </message>
    <message>
        <source>Toimisto hyväksyy laitteen vasta, kun se on verrannut tätä sormenjälkeä omaan näkymäänsä.</source>
        <translation>Kontoret godkänner enheten först när det har jämfört detta fingeravtryck med sin egen vy.</translation>
    </message>
    <message>
        <source>Nimesi toimiston listoissa</source>
        <translation>Ditt namn i kontorets listor</translation>
    </message>
    <message>
        <source>Rekisteröi toimiston avaintiedosto…</source>
        <translation>Registrera kontorets nyckelfil…</translation>
    </message>
    <message>
        <source>Toimisto</source>
        <translation>Kontoret</translation>
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
        <translation>Exportera ändringspaket…</translation>
    </message>
    <message>
        <source>Tuo toimiston kuittaus…</source>
        <translation>Importera kontorets kvittens…</translation>
    </message>
    <message>
        <source>Muutokset toimistoon</source>
        <translation>Ändringar till kontoret</translation>
    </message>
    <message>
        <source>Paketti on salattu toimiston avaimella ja allekirjoitettu tämän laitteen avaimella. Samat muutokset tulevat uudelleen seuraavaan pakettiin, kunnes toimiston kuittaus on tuotu.</source>
        <translation>Paketet är krypterat med kontorets nyckel och signerat med den här enhetens nyckel. Samma ändringar kommer med i nästa paket tills kontorets kvittens har importerats.</translation>
    </message>
    <message>
        <source>Synkronointi</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Rekisteröity: </source>
        <translation>Registrerat: </translation>
    </message>
    <message>
        <source>Toimiston avainta ei ole vielä rekisteröity. Pyydä toimistolta avaintiedosto (.omvkey).</source>
        <translation>Kontorets nyckel har inte registrerats ännu. Be kontoret om nyckelfilen (.omvkey).</translation>
    </message>
    <message>
        <source>Kuittaamattomia muutoksia: </source>
        <translation>Okvitterade ändringar: </translation>
    </message>
    <message>
        <source>Viimeisin paketti: </source>
        <translation>Senaste paket: </translation>
    </message>
    <message>
        <source>Viimeisin kuittaus: </source>
        <translation>Senaste kvittens: </translation>
    </message>
    <message>
        <source>Toimiston avaintiedosto</source>
        <translation>Kontorets nyckelfil</translation>
    </message>
    <message>
        <source>Vertaa toimiston sormenjälkeä</source>
        <translation>Jämför kontorets fingeravtryck</translation>
    </message>
    <message>
        <source>Pyydä toimistoa lukemaan sormenjälkensä puhelimessa tai katso se toimiston tulosteesta. Rekisteröi avain vain, jos se on merkki merkiltä sama kuin tämän avaintiedoston:</source>
        <translation>Be kontoret läsa upp sitt fingeravtryck i telefon eller se det på kontorets utskrift. Registrera nyckeln bara om det är tecken för tecken detsamma som den här nyckelfilens:</translation>
    </message>
    <message>
        <source>Ovatko sormenjäljet täsmälleen samat?</source>
        <translation>Är fingeravtrycken exakt desamma?</translation>
    </message>
    <message>
        <source>Avainta ei rekisteröity: sormenjälkeä ei vahvistettu.</source>
        <translation>Nyckeln registrerades inte: fingeravtrycket bekräftades inte.</translation>
    </message>
    <message>
        <source>Toimisto rekisteröity, sormenjälki </source>
        <translation>Kontoret registrerat, fingeravtryck </translation>
    </message>
    <message>
        <source>Tallenna muutospaketti</source>
        <translation>Spara ändringspaket</translation>
    </message>
    <message>
        <source>Paketti %1 tallennettu: %2 (tietueita %3, poistoja %4). Toimita se toimistoon.</source>
        <translation>Paket %1 sparat: %2 (poster %3, raderingar %4). Leverera det till kontoret.</translation>
    </message>
    <message>
        <source>Tehdään pakettia…</source>
        <translation>Paketet skapas…</translation>
    </message>
    <message>
        <source>Toimiston kuittaus</source>
        <translation>Kontorets kvittens</translation>
    </message>
    <message>
        <source>Tämä kuittaus on jo tuotu; mitään ei muutettu.</source>
        <translation>Den här kvittensen har redan importerats; ingenting ändrades.</translation>
    </message>
    <message>
        <source>Kuittaus tuotu: kuitattu %1, päivitetty %2, uusia asiakkaita %3.</source>
        <translation>Kvittens importerad: kvitterade %1, uppdaterade %2, nya kunder %3.</translation>
    </message>
    <message>
        <source>Omia muutoksia säilytettiin: %1 (toimisto näkee molemmat versiot).</source>
        <translation>Egna ändringar behölls: %1 (kontoret ser båda versionerna).</translation>
    </message>
    <message>
        <source>Tuodaan kuittausta…</source>
        <translation>Kvittensen importeras…</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Sulje</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Kohta</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Vastaus</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Aiempi</source>
        <translation>Tidigare</translation>
    </message>
    <message>
        <source>Myöhempi</source>
        <translation>Senare</translation>
    </message>
    <message>
        <source>Muutos</source>
        <translation>Förändring</translation>
    </message>
</context>
<context>
    <name>ConsentTable</name>
    <message>
        <source>Laji</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Annettu</source>
        <translation>Givet</translation>
    </message>
    <message>
        <source>Laajuus</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <source>Peruttu</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <source>Lisää suostumus</source>
        <translation>Lägg till samtycke</translation>
    </message>
    <message>
        <source>Poista valittu</source>
        <translation>Ta bort markerad</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Uusi tunnuslause</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <source>Tunnuslause uudelleen</source>
        <translation>Lösenfrasen på nytt</translation>
    </message>
    <message>
        <source>Luo holvi</source>
        <translation>Skapa valv</translation>
    </message>
    <message>
        <source>Tervetuloa Omavalmentajaan</source>
        <translation>Välkommen till Omavalmentaja</translation>
    </message>
    <message>
        <source>Asiakastiedot tallennetaan salattuun holviin tälle koneelle. Valitse tunnuslause, jota ei käytetä muualla. Unohtunutta tunnuslausetta ei voi palauttaa.</source>
        <translation>Kunduppgifterna sparas i ett krypterat valv på den här datorn. Välj en lösenfras som inte används någon annanstans. En glömd lösenfras kan inte återställas.</translation>
    </message>
    <message>
        <source>Tunnuslauseet eivät täsmää.</source>
        <translation>Lösenfraserna stämmer inte överens.</translation>
    </message>
    <message>
        <source>Holvia ei voitu luoda.</source>
        <translation>Valvet kunde inte skapas.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Päivämäärä</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>EnrolStep</name>
    <message>
        <source>Toimiston avain</source>
        <translation>Kontorets nyckel</translation>
    </message>
    <message>
        <source>Jos toimisto on antanut sinulle avaintiedoston (.omvkey), rekisteröi se nyt: sen jälkeen voit lähettää muutokset toimistoon salattuina. Voit tehdä tämän myöhemmin Synkronointi-sivulla.</source>
        <translation>Om kontoret har gett dig en nyckelfil (.omvkey), registrera den nu: därefter kan du skicka ändringarna krypterade till kontoret. Du kan göra det senare på sidan Synkronisering.</translation>
    </message>
    <message>
        <source>Valitse avaintiedosto…</source>
        <translation>Välj nyckelfil…</translation>
    </message>
    <message>
        <source>Ohita ja aloita</source>
        <translation>Hoppa över och börja</translation>
    </message>
    <message>
        <source>Toimiston avaintiedosto</source>
        <translation>Kontorets nyckelfil</translation>
    </message>
    <message>
        <source>Toimisto %1 rekisteröity, sormenjälki:</source>
        <translation>Kontoret %1 har registrerats, fingeravtryck:</translation>
    </message>
    <message>
        <source>Aloita</source>
        <translation>Börja</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Poista asiakas pysyvästi</source>
        <translation>Radera kunden permanent</translation>
    </message>
    <message>
        <source>Kaikki asiakkaan tiedot poistetaan tästä laitteesta pysyvästi: perustiedot, arviot, tapaamiset, kyselyt ja suunnitelmat allekirjoituksineen. Toimisto saa poiston tiedon seuraavassa synkronoinnissa ja päättää oman kopionsa poistamisesta. Poistoa ei voi perua.

Poistaa saa vain laillisella perusteella: asiakkaan pyyntö ei yksin riitä, koska tiedot säilytetään lain nojalla.

Vahvista kirjoittamalla asiakkaan sukunimi.</source>
        <translation>Alla kundens uppgifter raderas permanent från den här enheten: grunduppgifter, bedömningar, möten, enkäter och planer med underskrifter. Kontoret får veta om raderingen vid nästa synkronisering och beslutar om radering av sin egen kopia. Raderingen kan inte ångras.

Radering är tillåten endast på laglig grund: kundens begäran räcker inte ensam, eftersom uppgifterna bevaras enligt lag.

Bekräfta genom att skriva kundens efternamn.</translation>
    </message>
    <message>
        <source>Sukunimi</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Poiston peruste</source>
        <translation>Grund för raderingen</translation>
    </message>
    <message>
        <source>– valitse –</source>
        <translation>– välj –</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Poista pysyvästi</source>
        <translation>Radera permanent</translation>
    </message>
    <message>
        <source>Asiakkaan sukunimi</source>
        <translation>Kundens efternamn</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>Käyttöönotto, vaihe %1/%2</source>
        <translation>Ibruktagning, steg %1/%2</translation>
    </message>
</context>
<context>
    <name>HandoverWindow</name>
    <message>
        <source>Anna laite takaisin valmentajalle.</source>
        <translation>Ge tillbaka enheten till coachen.</translation>
    </message>
    <message>
        <source>Valmentaja</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Palaa asiakaslistaan (vaatii tunnuslauseen)</source>
        <translation>Tillbaka till kundlistan (kräver lösenfras)</translation>
    </message>
</context>
<context>
    <name>JobSearchTab</name>
    <message>
        <source>Tarkastelujakso</source>
        <translation>Granskningsperiod</translation>
    </message>
    <message>
        <source>Haettu / vaaditaan</source>
        <translation>Sökta / krävs</translation>
    </message>
    <message>
        <source>Tilanne</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Työnhakuvelvollisuuden tarkastelujaksot</source>
        <translation>Granskningsperioder för jobbsökningsskyldigheten</translation>
    </message>
    <message>
        <source>Päivä</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Työnantaja tai tehtävä</source>
        <translation>Arbetsgivare eller uppgift</translation>
    </message>
    <message>
        <source>Tapa</source>
        <translation>Sätt</translation>
    </message>
    <message>
        <source>Lisätieto</source>
        <translation>Tilläggsuppgift</translation>
    </message>
    <message>
        <source>Ilmoitetut työhakemukset</source>
        <translation>Anmälda jobbansökningar</translation>
    </message>
    <message>
        <source>Esim. Kauppa Oy, myyjä</source>
        <translation>T.ex. Butik Ab, försäljare</translation>
    </message>
    <message>
        <source>Lisää hakemus</source>
        <translation>Lägg till ansökan</translation>
    </message>
    <message>
        <source>Poista valittu</source>
        <translation>Ta bort vald</translation>
    </message>
    <message>
        <source>Hakupäivä</source>
        <translation>Ansökningsdag</translation>
    </message>
    <message>
        <source>Miten haettu</source>
        <translation>Hur sökt</translation>
    </message>
    <message>
        <source>Uusi ilmoitettu hakemus</source>
        <translation>Ny anmäld ansökan</translation>
    </message>
    <message>
        <source>&lt;b&gt;Työnhakuvelvollisuus tarkastelujaksoittain&lt;/b&gt;</source>
        <translation>&lt;b&gt;Jobbsökningsskyldigheten per granskningsperiod&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ilmoitetut työhakemukset&lt;/b&gt;</source>
        <translation>&lt;b&gt;Anmälda jobbansökningar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tarkastelujaksot näkyvät, kun asiakkaalle on kirjattu täysi tai alennettu työnhakuvelvollisuus ja ilmoittautumispäivä tai jaksojen alkupäivä (Perustiedot).</source>
        <translation>Granskningsperioderna visas när en full eller sänkt jobbsökningsskyldighet och anmälningsdagen eller periodernas startdag har antecknats för kunden (Grunduppgifter).</translation>
    </message>
    <message>
        <source>Jäi vajaaksi: muistutus</source>
        <translation>Uppfylldes inte: påminnelse</translation>
    </message>
    <message>
        <source>Täyttyi</source>
        <translation>Uppfylld</translation>
    </message>
    <message>
        <source>Käynnissä</source>
        <translation>Pågår</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Kieli</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Järjestelmän kieli</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>Valittu kieli otetaan käyttöön, kun ohjelma käynnistetään seuraavan kerran.</source>
        <translation>Det valda språket tas i bruk nästa gång programmet startas.</translation>
    </message>
    <message>
        <source>Käyttöliittymän kieli</source>
        <translation>Användargränssnittets språk</translation>
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
        <translation>Omavalmentaja – demovalv</translation>
    </message>
    <message>
        <source>Lukitse</source>
        <translation>Lås</translation>
    </message>
    <message>
        <source>Hae asiakasta</source>
        <translation>Sök kund</translation>
    </message>
    <message>
        <source>Osiot</source>
        <translation>Avsnitt</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Tapaaminen</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Palautettiin tallentamaton luonnos.</source>
        <translation>Ett osparat utkast återställdes.</translation>
    </message>
    <message>
        <source>– ei palvelumallin keskustelu –</source>
        <translation>– inget samtal enligt servicemodellen –</translation>
    </message>
    <message>
        <source>Palvelumallin keskustelu</source>
        <translation>Samtal enligt servicemodellen</translation>
    </message>
    <message>
        <source>Muistiinpanot tallentuvat luonnokseksi muutaman sekunnin välein.</source>
        <translation>Anteckningarna sparas som utkast med några sekunders mellanrum.</translation>
    </message>
    <message>
        <source>Sulje (luonnos säilyy)</source>
        <translation>Stäng (utkastet sparas)</translation>
    </message>
    <message>
        <source>Hylkää luonnos</source>
        <translation>Förkasta utkastet</translation>
    </message>
    <message>
        <source>Aika</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Kesto</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>Tapa</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Paikka</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Muistiinpanot</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Sovitut seuraavat askeleet</source>
        <translation>Överenskomna nästa steg</translation>
    </message>
    <message>
        <source>Seurantapäivä</source>
        <translation>Uppföljningsdag</translation>
    </message>
    <message>
        <source>Luonnos tallennettu </source>
        <translation>Utkast sparat </translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>(tuleva)</source>
        <translation>(kommande)</translation>
    </message>
    <message>
        <source>Seuranta </source>
        <translation>Uppföljning </translation>
    </message>
    <message>
        <source>Tapaamiset</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Uusi tapaaminen</source>
        <translation>Nytt möte</translation>
    </message>
    <message>
        <source>Tällä asiakkaalla on tallentamaton luonnos: avaa tapaaminen jatkaaksesi.</source>
        <translation>Kunden har ett osparat utkast: öppna mötet för att fortsätta.</translation>
    </message>
</context>
<context>
    <name>NameStep</name>
    <message>
        <source>Nimesi</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Nimesi näkyy tapahtumalokissa, tulostetuissa suunnitelmissa, allekirjoituksissa ja toimiston listoissa. Voit muuttaa sitä myöhemmin kohdassa Asetukset.</source>
        <translation>Ditt namn syns i händelseloggen, på utskrivna planer, i underskrifter och i kontorets listor. Du kan ändra det senare under Inställningar.</translation>
    </message>
    <message>
        <source>Etunimi Sukunimi</source>
        <translation>Förnamn Efternamn</translation>
    </message>
    <message>
        <source>Valmentajan nimi</source>
        <translation>Coachens namn</translation>
    </message>
    <message>
        <source>Jatka</source>
        <translation>Fortsätt</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>Uusi asiakas</source>
        <translation>Ny kund</translation>
    </message>
</context>
<context>
    <name>OfficeSyncPage</name>
    <message>
        <source>Tallenna avaintiedosto valmentajille…</source>
        <translation>Spara nyckelfil för coacherna…</translation>
    </message>
    <message>
        <source>Toimiston avain</source>
        <translation>Kontorets nyckel</translation>
    </message>
    <message>
        <source>Sormenjälki</source>
        <translation>Fingeravtryck</translation>
    </message>
    <message>
        <source>Tuo valmentajan paketti…</source>
        <translation>Importera coachens paket…</translation>
    </message>
    <message>
        <source>Vastaa palautuspyyntöön…</source>
        <translation>Svara på en återställningsbegäran…</translation>
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
        <translation>Paket</translation>
    </message>
    <message>
        <source>Tuotu</source>
        <translation>Importerat</translation>
    </message>
    <message>
        <source>Laitteet</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Synkronointi – toimisto</source>
        <translation>Synkronisering – kontoret</translation>
    </message>
    <message>
        <source>hyväksytty</source>
        <translation>godkänd</translation>
    </message>
    <message>
        <source>peruttu</source>
        <translation>återkallad</translation>
    </message>
    <message>
        <source>Avoimia ristiriitoja: </source>
        <translation>Öppna konflikter: </translation>
    </message>
    <message>
        <source>Toimiston avaintiedosto</source>
        <translation>Kontorets nyckelfil</translation>
    </message>
    <message>
        <source>Avaintiedosto tallennettu: </source>
        <translation>Nyckelfilen sparad: </translation>
    </message>
    <message>
        <source>Valmentajan paketti</source>
        <translation>Coachens paket</translation>
    </message>
    <message>
        <source>Tallenna kuittaus valmentajalle</source>
        <translation>Spara kvittens till coachen</translation>
    </message>
    <message>
        <source>Uusi laite</source>
        <translation>Ny enhet</translation>
    </message>
    <message>
        <source>Paketti on laitteelta, jota toimisto ei vielä tunne. Hyväksy se vain, jos valmentajan laite näyttää täsmälleen saman sormenjäljen:</source>
        <translation>Paketet kommer från en enhet som kontoret inte känner till ännu. Godkänn det endast om coachens enhet visar exakt samma fingeravtryck:</translation>
    </message>
    <message>
        <source>Paketti on jo tuotu; mitään ei muutettu.</source>
        <translation>Paketet har redan importerats; ingenting ändrades.</translation>
    </message>
    <message>
        <source>Tuotu: uusia %1, päivitetty %2, ristiriitoja %3.</source>
        <translation>Importerat: nya %1, uppdaterade %2, konflikter %3.</translation>
    </message>
    <message>
        <source>Kuittaus: </source>
        <translation>Kvittens: </translation>
    </message>
    <message>
        <source>Tuodaan pakettia…</source>
        <translation>Paketet importeras…</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Näytä</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Vahvuus: </source>
        <translation>Styrka: </translation>
    </message>
    <message numerus="yes">
        <source>Vähintään %n merkkiä</source>
        <translation>
            <numerusform>Minst %n tecken</numerusform>
            <numerusform>Minst %n tecken</numerusform>
        </translation>
    </message>
    <message>
        <source>Caps Lock näyttää olevan päällä</source>
        <translation>Caps Lock verkar vara på</translation>
    </message>
</context>
<context>
    <name>PinBox</name>
    <message>
        <source>Aseta PIN-koodi</source>
        <translation>Ange PIN-kod</translation>
    </message>
    <message>
        <source>Poista PIN-koodi</source>
        <translation>Ta bort PIN-kod</translation>
    </message>
    <message>
        <source>PIN-koodi asiakkaan näkymästä poistumiseen</source>
        <translation>PIN-kod för att lämna kundens vy</translation>
    </message>
    <message>
        <source>Asiakkaalle annetusta näkymästä (kysely, allekirjoitus) voi palata PIN-koodilla. %1 väärää yritystä lukitsee koodin, minkä jälkeen tarvitaan tunnuslause.</source>
        <translation>Från vyn som lämnats till kunden (enkät, underskrift) kan man återvända med PIN-koden. %1 felaktiga försök låser koden, därefter behövs lösenfrasen.</translation>
    </message>
    <message>
        <source>PIN-koodi on käytössä.</source>
        <translation>PIN-koden används.</translation>
    </message>
    <message>
        <source>PIN-koodia ei ole asetettu.</source>
        <translation>Ingen PIN-kod har angetts.</translation>
    </message>
</context>
<context>
    <name>PinForm</name>
    <message>
        <source>4–8 numeroa</source>
        <translation>4–8 siffror</translation>
    </message>
    <message>
        <source>Tunnuslause vahvistukseksi</source>
        <translation>Lösenfras som bekräftelse</translation>
    </message>
    <message>
        <source>PIN-koodi</source>
        <translation>PIN-kod</translation>
    </message>
    <message>
        <source>Toista</source>
        <translation>Upprepa</translation>
    </message>
    <message>
        <source>Tunnuslause</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>PIN-koodit eivät täsmää.</source>
        <translation>PIN-koderna stämmer inte överens.</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Työnhakuvelvollisuus ja seuraavat keskustelut täydentyvät asiakkaan tiedoista, kun luonnos tallennetaan.</source>
        <translation>Jobbsökningsskyldigheten och följande samtal fylls i från kundens uppgifter när utkastet sparas.</translation>
    </message>
    <message>
        <source>– ei valittu –</source>
        <translation>– inte vald –</translation>
    </message>
    <message>
        <source>Esim. työpaikka logistiikka-alalta</source>
        <translation>T.ex. en arbetsplats inom logistik</translation>
    </message>
    <message>
        <source>Asiakkaan omin sanoin</source>
        <translation>Med kundens egna ord</translation>
    </message>
    <message>
        <source>Nykytilanne</source>
        <translation>Nuläge</translation>
    </message>
    <message>
        <source>Lisää vaihe</source>
        <translation>Lägg till steg</translation>
    </message>
    <message>
        <source>Suunnitelman laji</source>
        <translation>Typ av plan</translation>
    </message>
    <message>
        <source>Palvelumalli</source>
        <translation>Servicemodellen</translation>
    </message>
    <message>
        <source>Tavoitteen laji</source>
        <translation>Typ av mål</translation>
    </message>
    <message>
        <source>Tavoite</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Tarkistuspäivä</source>
        <translation>Granskningsdag</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vaiheet ja palvelut&lt;/b&gt;</source>
        <translation>&lt;b&gt;Steg och tjänster&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Poista vaihe %1</source>
        <translation>Ta bort steg %1</translation>
    </message>
</context>
<context>
    <name>PlanSigningView</name>
    <message>
        <source>Allekirjoita tähän sormella, kynällä tai hiirellä</source>
        <translation>Skriv under här med fingret, pennan eller musen</translation>
    </message>
    <message>
        <source>Hyväksyn suunnitelman ja allekirjoitan</source>
        <translation>Jag godkänner planen och skriver under</translation>
    </message>
    <message>
        <source>Allekirjoitus</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>Valmentaja: anna tunnuslauseesi allekirjoittaaksesi suunnitelman.</source>
        <translation>Coach: ange din lösenfras för att underteckna planen.</translation>
    </message>
    <message>
        <source>Valmentajan nimi</source>
        <translation>Coachens namn</translation>
    </message>
    <message>
        <source>Valmentajan allekirjoitus</source>
        <translation>Coachens underskrift</translation>
    </message>
    <message>
        <source>Allekirjoita</source>
        <translation>Skriv under</translation>
    </message>
    <message>
        <source>Tai vahvista tunnuslauseella</source>
        <translation>Eller bekräfta med lösenfrasen</translation>
    </message>
    <message>
        <source>Vahvista tunnuslauseella</source>
        <translation>Bekräfta med lösenfrasen</translation>
    </message>
    <message>
        <source>Takaisin asiakkaalle</source>
        <translation>Tillbaka till kunden</translation>
    </message>
    <message>
        <source>Kiitos! Anna laite takaisin valmentajalle.</source>
        <translation>Tack! Ge tillbaka enheten till coachen.</translation>
    </message>
    <message>
        <source>Valmentaja allekirjoittaa tai vahvistaa suunnitelman.</source>
        <translation>Coachen skriver under eller bekräftar planen.</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Tallenna luonnos</source>
        <translation>Spara utkast</translation>
    </message>
    <message>
        <source>Muokkaa (uusi luonnos)</source>
        <translation>Redigera (nytt utkast)</translation>
    </message>
    <message>
        <source>Allekirjoitukseen…</source>
        <translation>Till underskrift…</translation>
    </message>
    <message>
        <source>Näyttää suunnitelman asiakkaalle koko näytöllä allekirjoitettavaksi</source>
        <translation>Visar planen för kunden i helskärm för underskrift</translation>
    </message>
    <message>
        <source>Poista luonnos</source>
        <translation>Radera utkast</translation>
    </message>
    <message>
        <source>Tulosteen asetukset…</source>
        <translation>Utskriftsinställningar…</translation>
    </message>
    <message>
        <source>Tallenna PDF…</source>
        <translation>Spara PDF…</translation>
    </message>
    <message>
        <source>Avaa PDF</source>
        <translation>Öppna PDF</translation>
    </message>
    <message>
        <source>Versio:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Uusi luonnos</source>
        <translation>Nytt utkast</translation>
    </message>
    <message>
        <source>Versio </source>
        <translation>Version </translation>
    </message>
    <message>
        <source> (voimassa)</source>
        <translation> (gällande)</translation>
    </message>
    <message>
        <source>Uusi luonnos. Tallenna, kun tiedot ovat valmiit.</source>
        <translation>Nytt utkast. Spara när uppgifterna är klara.</translation>
    </message>
    <message>
        <source>Allekirjoitettu </source>
        <translation>Underskriven </translation>
    </message>
    <message>
        <source> · tarkistuskoodi </source>
        <translation> · kontrollkod </translation>
    </message>
    <message>
        <source> · eheys tarkistettu</source>
        <translation> · integriteten kontrollerad</translation>
    </message>
    <message>
        <source>Luonnos – ei vielä allekirjoitettu.</source>
        <translation>Utkast – ännu inte underskrivet.</translation>
    </message>
    <message>
        <source> Palautettu tallentamattomat muutokset.</source>
        <translation> Osparade ändringar återställdes.</translation>
    </message>
    <message>
        <source>(vahvistettu tunnuslauseella)</source>
        <translation>(bekräftad med lösenfras)</translation>
    </message>
    <message>
        <source>Poistetaanko luonnos? Allekirjoitetut versiot säilyvät.</source>
        <translation>Radera utkastet? Underskrivna versioner finns kvar.</translation>
    </message>
    <message>
        <source>Suunnitelman allekirjoitus</source>
        <translation>Underskrift av planen</translation>
    </message>
    <message>
        <source>Kiitos! Suunnitelma on allekirjoitettu.</source>
        <translation>Tack! Planen är underskriven.</translation>
    </message>
    <message>
        <source>Tallenna suunnitelma PDF-tiedostoksi</source>
        <translation>Spara planen som PDF-fil</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF tallennettu</source>
        <translation>PDF sparad</translation>
    </message>
    <message>
        <source>Tehdään PDF-tiedostoa…</source>
        <translation>PDF-filen skapas…</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PDF-katselinta ei löytynyt.</source>
        <translation>Inget PDF-visningsprogram hittades.</translation>
    </message>
</context>
<context>
    <name>PrintSettingsDialog</name>
    <message>
        <source>Tulosteen asetukset</source>
        <translation>Utskriftsinställningar</translation>
    </message>
    <message>
        <source>Esim. Kajaanin kaupunki, työllisyyspalvelut</source>
        <translation>T.ex. Kajana stad, sysselsättningstjänster</translation>
    </message>
    <message>
        <source>Nimesi tulosteissa ja allekirjoituksissa</source>
        <translation>Ditt namn på utskrifter och underskrifter</translation>
    </message>
    <message>
        <source>Valitse PNG…</source>
        <translation>Välj PNG…</translation>
    </message>
    <message>
        <source>Poista logo</source>
        <translation>Ta bort logotypen</translation>
    </message>
    <message>
        <source>Kunta tai palvelu</source>
        <translation>Kommun eller tjänst</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <source>Valmentajan nimi</source>
        <translation>Coachens namn</translation>
    </message>
    <message>
        <source>(ei logoa)</source>
        <translation>(ingen logotyp)</translation>
    </message>
    <message>
        <source>Valitse logo</source>
        <translation>Välj logotyp</translation>
    </message>
    <message>
        <source>PNG-kuva (*.png)</source>
        <translation>PNG-bild (*.png)</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>Perustiedot</source>
        <translation>Grunduppgifter</translation>
    </message>
    <message>
        <source>Työmarkkinatilanne ja osaaminen</source>
        <translation>Arbetsmarknadssituation och kompetens</translation>
    </message>
    <message>
        <source>Tallenna</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Tauota asiakkuus</source>
        <translation>Pausa kundrelationen</translation>
    </message>
    <message>
        <source>Päätä asiakkuus…</source>
        <translation>Avsluta kundrelationen…</translation>
    </message>
    <message>
        <source>Palauta aktiiviseksi</source>
        <translation>Gör aktiv igen</translation>
    </message>
    <message>
        <source>Korjaa päättyminen…</source>
        <translation>Korrigera avslutandet…</translation>
    </message>
</context>
<context>
    <name>QuestionnairesTab</name>
    <message>
        <source>Kirjaa tulokset…</source>
        <translation>Registrera resultat…</translation>
    </message>
    <message>
        <source>Täytä asiakkaan kanssa</source>
        <translation>Fyll i med kunden</translation>
    </message>
    <message>
        <source>Tuo määrittely…</source>
        <translation>Importera definition…</translation>
    </message>
    <message>
        <source>Tuo kyselyn määrittelytiedosto (JSON tai TOML), johon organisaatiollasi on lupa</source>
        <translation>Importera en enkätdefinition (JSON eller TOML) som din organisation har licens för</translation>
    </message>
    <message>
        <source>Kieli</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Jatka keskeneräistä</source>
        <translation>Fortsätt den ofärdiga</translation>
    </message>
    <message>
        <source>Tulokset ajan mittaan</source>
        <translation>Resultat över tid</translation>
    </message>
    <message>
        <source>Vastaukset</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Näytä / muokkaa</source>
        <translation>Visa / redigera</translation>
    </message>
    <message>
        <source>Vertaa kahta valittua</source>
        <translation>Jämför två valda</translation>
    </message>
    <message>
        <source>Poista</source>
        <translation>Radera</translation>
    </message>
    <message>
        <source>Kysely</source>
        <translation>Enkät</translation>
    </message>
    <message>
        <source>Esimerkki – ei Kykyviisari</source>
        <translation>Exempel – inte Kykyviisari</translation>
    </message>
    <message>
        <source>Ei vielä valmiita vastauksia – muutos näkyy täällä ajan mittaan.</source>
        <translation>Inga färdiga svar ännu – förändringen syns här med tiden.</translation>
    </message>
    <message>
        <source>Keskeneräinen täyttö: </source>
        <translation>Ofärdig ifyllning: </translation>
    </message>
    <message>
        <source>Poista vastaus</source>
        <translation>Radera svaret</translation>
    </message>
    <message>
        <source>Poistetaanko valittu vastaus? Poistoa ei voi perua.</source>
        <translation>Radera det valda svaret? Raderingen kan inte ångras.</translation>
    </message>
    <message>
        <source>Tuo kyselyn määrittely</source>
        <translation>Importera enkätdefinition</translation>
    </message>
    <message>
        <source>Määrittelyt (*.json *.toml)</source>
        <translation>Definitioner (*.json *.toml)</translation>
    </message>
    <message>
        <source>Tuotu: </source>
        <translation>Importerad: </translation>
    </message>
    <message>
        <source>Oli jo tuotu: </source>
        <translation>Redan importerad: </translation>
    </message>
    <message>
        <source>Kyselyn määrittely</source>
        <translation>Enkätdefinition</translation>
    </message>
</context>
<context>
    <name>QuickUnlockBox</name>
    <message>
        <source>Pika-avaus tällä koneella</source>
        <translation>Snabbupplåsning på den här datorn</translation>
    </message>
    <message>
        <source>Holvin voi avata PIN-koodilla, kun koneen oma avainnippu on käytettävissä. Sama PIN-koodi palauttaa asiakkaan näkymästä. Viisi väärää yritystä poistaa pika-avauksen, minkä jälkeen tarvitaan tunnuslause.</source>
        <translation>Valvet kan låsas upp med PIN-koden när datorns egen nyckelring är tillgänglig. Samma PIN-kod leder tillbaka från klientens vy. Fem felaktiga försök tar bort snabbupplåsningen, därefter behövs lösenfrasen.</translation>
    </message>
    <message>
        <source>Pika-avauksen PIN-koodi</source>
        <translation>Snabbupplåsningens PIN-kod</translation>
    </message>
    <message>
        <source>PIN-koodi uudelleen</source>
        <translation>PIN-koden igen</translation>
    </message>
    <message>
        <source>Ota pika-avaus käyttöön</source>
        <translation>Slå på snabbupplåsning</translation>
    </message>
    <message>
        <source>Poista pika-avaus käytöstä</source>
        <translation>Stäng av snabbupplåsning</translation>
    </message>
    <message>
        <source>Pika-avaus on käytössä.</source>
        <translation>Snabbupplåsning används.</translation>
    </message>
    <message>
        <source>Pika-avaus ei ole käytössä.</source>
        <translation>Snabbupplåsning används inte.</translation>
    </message>
    <message>
        <source>Otetaan pika-avausta käyttöön…</source>
        <translation>Slår på snabbupplåsning…</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Unohtunut tunnuslause</source>
        <translation>Glömd lösenfras</translation>
    </message>
    <message>
        <source>1. Tee palautuspyyntö ja toimita se toimistoon. Toimisto soittaa sinulle ja tarkistaa pyynnön tunnisteen.
2. Kun saat toimiston vastauksen, valitse se ja anna uusi tunnuslause. Vastaus toimii kerran ja vain tällä koneella.</source>
        <translation>1. Gör en återställningsbegäran och lämna den till kontoret. Kontoret ringer dig och kontrollerar begärans kod.
2. När du fått kontorets svar, välj det och ange en ny lösenfras. Svaret fungerar en gång och bara på den här datorn.</translation>
    </message>
    <message>
        <source>Tee palautuspyyntö…</source>
        <translation>Gör en återställningsbegäran…</translation>
    </message>
    <message>
        <source>Uusi tunnuslause</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <source>Uusi tunnuslause uudelleen</source>
        <translation>Ny lösenfras på nytt</translation>
    </message>
    <message>
        <source>Käytä toimiston vastaus…</source>
        <translation>Använd kontorets svar…</translation>
    </message>
    <message>
        <source>Palautuspyyntö</source>
        <translation>Återställningsbegäran</translation>
    </message>
    <message>
        <source>Toimiston vastaus</source>
        <translation>Kontorets svar</translation>
    </message>
    <message>
        <source>Uudet tunnuslauseet eivät täsmää.</source>
        <translation>De nya lösenfraserna stämmer inte överens.</translation>
    </message>
    <message>
        <source>Salataan holvia uudella avaimella…</source>
        <translation>Valvet krypteras med en ny nyckel…</translation>
    </message>
</context>
<context>
    <name>ResponseFormDialog</name>
    <message>
        <source>Päivämäärä *</source>
        <translation>Datum *</translation>
    </message>
    <message>
        <source>* pakollinen</source>
        <translation>* obligatorisk</translation>
    </message>
    <message>
        <source>Tallenna</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ResponsesModel</name>
    <message>
        <source>Päivämäärä</source>
        <translation>Datum</translation>
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
        <translation> (okänd)</translation>
    </message>
    <message>
        <source>Valmis</source>
        <translation>Färdig</translation>
    </message>
    <message>
        <source>Kesken</source>
        <translation>Ofärdig</translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <source>Säilytysaika</source>
        <translation>Bevarandetid</translation>
    </message>
    <message>
        <source>Asiakkaat, joiden säilytysaika on päättynyt</source>
        <translation>Kunder vars bevarandetid har gått ut</translation>
    </message>
    <message>
        <source>Päivitä</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Säilytysajan asettaa toimisto (arkistonmuodostus- tai tiedonohjaussuunnitelma). Poista asiakas perusteella ”Säilytysaika on päättynyt” asiakkaan perustiedoista.</source>
        <translation>Bevarandetiden fastställs av kontoret (arkivbildnings- eller informationsstyrningsplan). Radera kunden med grunden ”Bevarandetiden har gått ut” i kundens grunduppgifter.</translation>
    </message>
    <message>
        <source>Asiakkaat, joiden säilytysaika on päättynyt:</source>
        <translation>Kunder vars bevarandetid har gått ut:</translation>
    </message>
</context>
<context>
    <name>ServiceModelBox</name>
    <message>
        <source>Palvelumalli</source>
        <translation>Servicemodellen</translation>
    </message>
    <message>
        <source>edellinen arkipäivä</source>
        <translation>föregående vardag</translation>
    </message>
    <message>
        <source>seuraava arkipäivä</source>
        <translation>följande vardag</translation>
    </message>
    <message>
        <source> päivää</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source> (voimassa)</source>
        <translation> (i kraft)</translation>
    </message>
    <message>
        <source>Viikonloppuun tai pyhään osuva määräpäivä siirtyy</source>
        <translation>En förfallodag på ett veckoslut eller en helgdag flyttas till</translation>
    </message>
    <message>
        <source>Näytä erääntyvät etukäteen</source>
        <translation>Visa förfallande i förväg</translation>
    </message>
    <message>
        <source>Sääntöversiot</source>
        <translation>Regelversioner</translation>
    </message>
</context>
<context>
    <name>ServiceModelDue</name>
    <message>
        <source>(myöhässä %1 pv)</source>
        <translation>(försenat %1 d)</translation>
    </message>
    <message>
        <source>Palvelumalli: </source>
        <translation>Servicemodellen: </translation>
    </message>
</context>
<context>
    <name>ServiceModelFields</name>
    <message>
        <source>– ei kirjattu –</source>
        <translation>– inte antecknad –</translation>
    </message>
    <message>
        <source> / kk</source>
        <translation> / mån.</translation>
    </message>
    <message>
        <source>Alentamisen tai poistamisen peruste</source>
        <translation>Grund för sänkning eller slopande</translation>
    </message>
    <message>
        <source> kk</source>
        <translation> mån.</translation>
    </message>
    <message>
        <source>Ilmoittautunut työnhakijaksi</source>
        <translation>Anmäld som arbetssökande</translation>
    </message>
    <message>
        <source>Työnhakuvelvollisuus</source>
        <translation>Jobbsökningsskyldighet</translation>
    </message>
    <message>
        <source>Haettavia työmahdollisuuksia kuukaudessa</source>
        <translation>Arbetstillfällen att söka i månaden</translation>
    </message>
    <message>
        <source>Velvollisuuden peruste</source>
        <translation>Grund för skyldigheten</translation>
    </message>
    <message>
        <source>Tarkastelujakso</source>
        <translation>Granskningsperiod</translation>
    </message>
    <message>
        <source>Tarkastelujaksot alkaen</source>
        <translation>Granskningsperioder från</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source> päivää</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Etunimi Sukunimi</source>
        <translation>Förnamn Efternamn</translation>
    </message>
    <message>
        <source>Nimesi tapahtumalokissa, tulostetuissa suunnitelmissa, allekirjoituksissa ja toimiston listoissa</source>
        <translation>Ditt namn i händelseloggen, på utskrivna planer, i underskrifter och i kontorets listor</translation>
    </message>
    <message>
        <source>Työskentely</source>
        <translation>Arbete</translation>
    </message>
    <message>
        <source>Valmentajan nimi</source>
        <translation>Coachens namn</translation>
    </message>
    <message>
        <source>Muistuta, jos asiakasta ei ole tavattu</source>
        <translation>Påminn om kunden inte har träffats på</translation>
    </message>
    <message>
        <source>Lukitse, kun ohjelmaa ei ole käytetty</source>
        <translation>Lås när programmet inte har använts på</translation>
    </message>
    <message>
        <source>Nykyinen tunnuslause</source>
        <translation>Nuvarande lösenfras</translation>
    </message>
    <message>
        <source>Uusi tunnuslause</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <source>Uusi tunnuslause uudelleen</source>
        <translation>Ny lösenfras på nytt</translation>
    </message>
    <message>
        <source>Vaihda tunnuslause</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <source>Tunnuslause</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Nykyinen</source>
        <translation>Nuvarande</translation>
    </message>
    <message>
        <source>Uusi</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Toista</source>
        <translation>Upprepa</translation>
    </message>
    <message>
        <source>Asetukset</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Uudet tunnuslauseet eivät täsmää.</source>
        <translation>De nya lösenfraserna stämmer inte överens.</translation>
    </message>
    <message>
        <source>Vaihdetaan tunnuslausetta…</source>
        <translation>Lösenfrasen byts…</translation>
    </message>
    <message>
        <source>Tunnuslause vaihdettu.</source>
        <translation>Lösenfrasen har bytts.</translation>
    </message>
    <message>
        <source>Varmuuskopio</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <source>Salattu kopio koko holvista yhteen tiedostoon. Sen avaa holvin nykyinen tunnuslause; palautus tehdään komennolla omavalmentaja restore.</source>
        <translation>En krypterad kopia av hela valvet i en fil. Den öppnas med valvets nuvarande lösenfras; återställning görs med kommandot omavalmentaja restore.</translation>
    </message>
    <message>
        <source>Varmuuskopioi…</source>
        <translation>Säkerhetskopiera…</translation>
    </message>
    <message>
        <source>Tallenna varmuuskopio</source>
        <translation>Spara säkerhetskopia</translation>
    </message>
    <message>
        <source>Holvin tunnuslause:</source>
        <translation>Valvets lösenfras:</translation>
    </message>
    <message>
        <source>Varmuuskopio tallennettu: %1 (%2 Mt)</source>
        <translation>Säkerhetskopian sparad: %1 (%2 MB)</translation>
    </message>
    <message>
        <source>Tehdään varmuuskopiota…</source>
        <translation>Säkerhetskopian skapas…</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Allekirjoita tähän</source>
        <translation>Skriv under här</translation>
    </message>
    <message>
        <source>Allekirjoitusalue</source>
        <translation>Underskriftsområde</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>Mitä tehdään</source>
        <translation>Vad görs</translation>
    </message>
    <message>
        <source>Kuka (muu toimija)</source>
        <translation>Vem (annan aktör)</translation>
    </message>
    <message>
        <source>Palveluntuottaja</source>
        <translation>Tjänsteproducent</translation>
    </message>
    <message>
        <source>Poista</source>
        <translation>Radera</translation>
    </message>
    <message>
        <source>Määräaika</source>
        <translation>Tidsfrist</translation>
    </message>
    <message>
        <source>Vastuu</source>
        <translation>Ansvar</translation>
    </message>
    <message>
        <source>Palvelu alkaa</source>
        <translation>Tjänsten börjar</translation>
    </message>
    <message>
        <source>Palvelu päättyy</source>
        <translation>Tjänsten slutar</translation>
    </message>
    <message>
        <source>Päivä, jona asiakas aloittaa palvelussa (kuukausiraportin aloittaneet)</source>
        <translation>Dagen då kunden börjar i tjänsten (de som börjat i månadsrapporten)</translation>
    </message>
    <message>
        <source>Päivä, jona palvelu päättyy (tyhjä, jos päättymispäivää ei ole sovittu)</source>
        <translation>Dagen då tjänsten slutar (tom om inget slutdatum har avtalats)</translation>
    </message>
    <message>
        <source>Palvelu</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Aika</source>
        <translation>Tid</translation>
    </message>
</context>
<context>
    <name>TabStrip</name>
    <message>
        <source>Asiakkaan välilehdet</source>
        <translation>Kundens flikar</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Palvelumallin määräajat</source>
        <translation>Servicemodellens tidsfrister</translation>
    </message>
    <message>
        <source>Aktiiviset asiakkaat, joita ei ole tavattu äskettäin</source>
        <translation>Aktiva klienter som inte har träffats på länge</translation>
    </message>
    <message>
        <source>Päivän tapaamiset</source>
        <translation>Dagens möten</translation>
    </message>
    <message>
        <source>Erääntyneet ja tämän päivän seurannat</source>
        <translation>Försenade och dagens uppföljningar</translation>
    </message>
    <message>
        <source>Palvelumallin määräajat: erääntyvät ja myöhässä</source>
        <translation>Servicemodellens tidsfrister: förfaller och försenade</translation>
    </message>
    <message>
        <source>Tänään </source>
        <translation>I dag </translation>
    </message>
    <message>
        <source>Ei tapaamisia tänään.</source>
        <translation>Inga möten i dag.</translation>
    </message>
    <message>
        <source>Ei erääntyneitä seurantoja.</source>
        <translation>Inga försenade uppföljningar.</translation>
    </message>
    <message numerus="yes">
        <source>Aktiiviset asiakkaat, joita ei ole tavattu yli %n päivään</source>
        <translation>
            <numerusform>Aktiva kunder som inte har träffats på över %n dag</numerusform>
            <numerusform>Aktiva kunder som inte har träffats på över %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>viimeksi </source>
        <translation>senast </translation>
    </message>
    <message>
        <source>ei tapaamisia</source>
        <translation>inga möten</translation>
    </message>
    <message>
        <source>Kaikki aktiiviset asiakkaat on tavattu.</source>
        <translation>Alla aktiva kunder har träffats.</translation>
    </message>
    <message>
        <source>Ei erääntyviä palvelumallin määräaikoja.</source>
        <translation>Inga tidsfrister enligt servicemodellen förfaller.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Tunnuslause</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Avaa</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <source>Omavalmentaja</source>
        <translation>Omavalmentaja</translation>
    </message>
    <message>
        <source>Holvi on lukittu. Anna tunnuslauseesi.</source>
        <translation>Valvet är låst. Ange din lösenfras.</translation>
    </message>
    <message>
        <source>Esittelyholvi: kuvitteellisia asiakkaita.</source>
        <translation>Demovalv: fiktiva kunder.</translation>
    </message>
    <message>
        <source>Tunnuslause: </source>
        <translation>Lösenfras: </translation>
    </message>
    <message>
        <source>tai PIN-koodi (pika-avaus)</source>
        <translation>eller PIN-kod (snabbupplåsning)</translation>
    </message>
    <message>
        <source>PIN-koodi</source>
        <translation>PIN-kod</translation>
    </message>
    <message>
        <source>Unohtuiko tunnuslause?</source>
        <translation>Glömt lösenfrasen?</translation>
    </message>
    <message>
        <source>Avataan…</source>
        <translation>Öppnar…</translation>
    </message>
    <message>
        <source>Holvia ei voitu avata.</source>
        <translation>Valvet kunde inte öppnas.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Käyttöopas</source>
        <translation>Användarguide</translation>
    </message>
</context>
<context>
    <name>_PadWithButtons</name>
    <message>
        <source>Tyhjennä</source>
        <translation>Töm</translation>
    </message>
    <message>
        <source>Kumoa viiva</source>
        <translation>Ångra linjen</translation>
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
        <translation>Logguppgifter</translation>
    </message>
    <message>
        <source>Aika</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Käyttäjä</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Tapahtuma</source>
        <translation>Händelse</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Ohje</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Käyttöopas</source>
        <translation>Användarguide</translation>
    </message>
    <message>
        <source>Tietoja Omavalmentajasta</source>
        <translation>Om Omavalmentaja</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Tänään</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Asiakkaat</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Synkronointi</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Asetukset</source>
        <translation>Inställningar</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Peruuta</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>plan_summary</name>
    <message>
        <source>Tavoite</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Omin sanoin</source>
        <translation>Med egna ord</translation>
    </message>
    <message>
        <source>Nykytilanne</source>
        <translation>Nuläge</translation>
    </message>
    <message>
        <source>Vaiheet</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Vastuu:</source>
        <translation>Ansvar:</translation>
    </message>
    <message>
        <source>%1 mennessä</source>
        <translation>senast %1</translation>
    </message>
    <message>
        <source>Suunnitelma tarkistetaan</source>
        <translation>Planen granskas</translation>
    </message>
    <message>
        <source>Palveluntuottaja:</source>
        <translation>Tjänsteproducent:</translation>
    </message>
    <message>
        <source>Palvelun aika:</source>
        <translation>Tjänstens tid:</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Synkronointipaketti (*.omvb)</source>
        <translation>Synkroniseringspaket (*.omvb)</translation>
    </message>
    <message>
        <source>Toimiston avaintiedosto (*.omvkey)</source>
        <translation>Kontorets nyckelfil (*.omvkey)</translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <source>Perustiedot</source>
        <translation>Grunduppgifter</translation>
    </message>
    <message>
        <source>Palvelutarve ja osaaminen</source>
        <translation>Servicebehov och kompetens</translation>
    </message>
    <message>
        <source>Tapaamiset</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Suunnitelma</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Kykyviisari ja kyselyt</source>
        <translation>Kykyviisari och enkäter</translation>
    </message>
    <message>
        <source>Lokitiedot</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>Työnhaku</source>
        <translation>Jobbsökning</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Tarkista tiedot</source>
        <translation>Kontrollera uppgifterna</translation>
    </message>
    <message>
        <source>Virhe</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Odottamaton virhe: </source>
        <translation>Oväntat fel: </translation>
    </message>
    <message>
        <source>Tyhjennä</source>
        <translation>Töm</translation>
    </message>
    <message>
        <source>Välilehdet</source>
        <translation>Flikar</translation>
    </message>
</context>
</TS>
