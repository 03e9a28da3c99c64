using Sitrep.Events;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Tests.Pipeline;
using Sitrep.Tests.Places;

namespace Sitrep.Tests.Events;

/// <summary>PLOVER category, source and target of a sentence's first action, through the whole pipeline, on sentences written for each rule.</summary>
[Collection(RealGazetteerGroup.Name)]
public sealed class PloverCodingTests(RealGazetteerFixture gazetteer)
{
    private readonly PipelineFixture fixture = new(gazetteer);

    private (string Category, string? Source, string? Target) First(string text)
    {
        var coding = fixture.Pipeline.Extract(PlainTextReader.Read("test", text, new DateOnly(2024, 1, 10))).Coding;
        var e = coding.Events.Count > 0 ? coding.Events[0] : null;
        var s = coding.Statements.Count > 0 ? coding.Statements[0] : null;
        int eventAt = e?.Evidence.First(x => x.Field == "event_type").Span.Start ?? int.MaxValue;
        return s is not null && s.Span.Start < eventAt
            ? (s.Plover.Category, s.Source?.Text, s.Target?.Text)
            : (e!.Plover!.Category, e.PloverSource?.Text, e.PloverTarget?.Text);
    }

    [Theory]
    [InlineData("Kenya said on Monday that Uganda must reopen the border crossing at Busia.", "Kenya", "Uganda")]
    [InlineData("The envoy told Ethiopia that it must withdraw its troops from the area.", "envoy", "Ethiopia")]
    [InlineData("Aid agencies said the army and the police must let convoys through.", "Aid agencies", "army and the police")]
    public void A_demand_made_with_must_targets_the_modal_subject(string text, string source, string target)
    {
        var (category, s, t) = First(text);
        Assert.Equal("DEMAND", category);
        Assert.Equal(source, s);
        Assert.Equal(target, t);
    }

    [Theory]
    [InlineData("Sudan expelled two UN human rights monitors on Monday.", "SANCTION")]
    [InlineData("Mali expelled the French ambassador on Monday.", "SANCTION")]
    [InlineData("Hungary expelled 40 migrants on Monday.", "COERCE")]
    public void Expelling_a_foreign_mission_is_a_sanction_and_expelling_people_is_coercion(string text, string category) =>
        Assert.Equal(category, First(text).Category);

    [Theory]
    // Explosives against infrastructure: ACLED's remote explosive, PLOVER's property destruction; against people, assault.
    [InlineData("Guerillas blew up three power lines leading into the capital last month.", "COERCE")]
    [InlineData("Rebels bombed a bridge near the border on Monday.", "COERCE")]
    [InlineData("A roadside bomb exploded near an army convoy on Monday.", "ASSAULT")]
    // Opening a named crossing is a concession.
    [InlineData("Uzbekistan opened the Friendship Bridge to let grain reach Afghanistan.", "RETREAT")]
    public void Blowing_up_infrastructure_is_destruction_and_opening_a_named_crossing_a_retreat(string text, string category) =>
        Assert.Equal(category, First(text).Category);

    [Theory]
    // The families of the CAMEO codes under each PLOVER category, one sentence each, written for these tests.
    // COERCE (CAMEO 17): emergency rule, house arrest, charges, closing media, crackdowns, sealing off, demolition.
    [InlineData("The government declared a state of emergency in the northern provinces on Friday.", "COERCE")]
    [InlineData("Police placed the opposition leader under house arrest on Monday.", "COERCE")]
    [InlineData("Prosecutors charged three journalists with sedition on Tuesday.", "COERCE")]
    [InlineData("The junta shut down two independent radio stations last week.", "COERCE")]
    [InlineData("Security forces cracked down on student unions in the capital.", "COERCE")]
    [InlineData("Troops sealed off the district after the attack.", "COERCE")]
    [InlineData("Soldiers demolished four homes near the border on Wednesday.", "COERCE")]
    [InlineData("A dusk-to-dawn curfew was imposed on the northern city of Kano on Monday.", "COERCE")]
    // Forces fanning out, peacekeepers landing, a parliament reinstated, communications cut, a man dragged off by police.
    [InlineData("Truckloads of soldiers and riot police fanned out across the capital on Wednesday.", "MOBILIZE")]
    [InlineData("The first troops of an African Union peacekeeping force landed in Mogadishu on Tuesday.", "AID")]
    [InlineData("The king reinstated the country's dissolved parliament late on Monday.", "CONCEDE")]
    [InlineData("The junta cut public internet access across the country on Friday.", "COERCE")]
    [InlineData("The opposition candidate was dragged from his office by military police on Monday.", "COERCE")]
    // What a deployment is meant to deter has not happened.
    [InlineData("India dispatched a warship to the Gulf of Aden to escort merchant vessels and deter attacks by pirates.", "MOBILIZE")]
    [InlineData("The navy sent a guided-missile destroyer to the Red Sea on Monday.", "MOBILIZE")]
    // A party pressed to act, however far the "to"; a protest registered with a government.
    [InlineData("The United States and Saudi Arabia pressed Sudan's army and the paramilitary Rapid Support Forces on Monday to respect a week-long ceasefire.", "DEMAND")]
    [InlineData("The foreign ministry registered a strong protest with Israel on Monday over the boarding of an aid flotilla.", "DISAPPROVE")]
    [InlineData("Libya told Britain and the United States it was ready to hand over the two suspects for trial.", "AGREE")]
    // A threat of force is a threat; the force is not used.
    [InlineData("The threat of NATO air strikes against Serbia was renewed on Monday.", "THREATEN")]
    [InlineData("Despite the threat of reprisals, villagers marched in Kabul on Monday.", "PROTEST")]
    [InlineData("Police took into custody more than 40 student activists in Novi Sad on Monday.", "COERCE")]
    // FIGHT: an enemy driven back or routed.
    [InlineData("Government troops beat back rebels advancing on the diamond town on Friday.", "FIGHT")]
    [InlineData("Army units routed a large band of insurgents in the eastern hills, the ministry said.", "FIGHT")]
    // MOBILIZE, SANCTION, AID, CONSULT: reserves mobilised, an envoy of any rank recalled, assistance provided, a trip to meet.
    [InlineData("Eritrea has mobilised its reserves as tension with Ethiopia mounted.", "MOBILIZE")]
    [InlineData("India recalled its high commissioner to Pakistan on Friday.", "SANCTION")]
    [InlineData("Japan will provide Indonesia with nearly $50 million in emergency assistance.", "AID")]
    [InlineData("The mediator flew into the besieged capital for a few hours on Thursday to meet rebel leaders.", "CONSULT")]
    [InlineData("The two delegations sat down in Geneva on Wednesday for their first talks in three years.", "CONSULT")]
    // RETREAT (CAMEO 084, 086, 087): pulling back, letting in aid or monitors, easing a blockade, giving back.
    [InlineData("The army pulled back from positions around the town on Sunday.", "RETREAT")]
    [InlineData("The government allowed aid agencies access to the besieged city.", "RETREAT")]
    [InlineData("Sudan admitted UN monitors to the region for the first time.", "RETREAT")]
    [InlineData("The navy eased the blockade of the port on Thursday.", "RETREAT")]
    [InlineData("The militia handed back ten seized trucks on Monday.", "RETREAT")]
    // CONCEDE (CAMEO 081-083): giving in to demands, lifting a ban on a party.
    [InlineData("The government bowed to demands from teachers and raised their pay.", "CONCEDE")]
    [InlineData("The court unbanned the main opposition party on Monday.", "CONCEDE")]
    // THREATEN (CAMEO 13): vows of force and warnings addressed to a party.
    [InlineData("The militia vowed to retake the town within a week.", "THREATEN")]
    [InlineData("Officials warned the rebels that the army would respond with force.", "THREATEN")]
    // MOBILIZE (CAMEO 15): exercises, tighter security, police sent; joint exercises are cooperation (CAMEO 062).
    [InlineData("Iran began naval exercises in the Gulf on Monday.", "MOBILIZE")]
    [InlineData("Police stepped up security around the embassy on Friday.", "MOBILIZE")]
    [InlineData("The government sent riot police to the mining town.", "MOBILIZE")]
    [InlineData("The two navies began joint exercises in the Gulf on Monday.", "COOPERATE")]
    // FIGHT (CAMEO 19): small arms at armed men or at a crowd, invasion, occupation, bombardment, a broken truce.
    [InlineData("Government troops opened fire on rebel positions near the town on Monday.", "FIGHT")]
    [InlineData("Soldiers fired on a crowd of demonstrators in the capital, killing two.", "FIGHT")]
    [InlineData("Israeli forces invaded southern Lebanon on Tuesday.", "FIGHT")]
    [InlineData("Turkish troops occupied three villages in northern Iraq on Sunday.", "FIGHT")]
    [InlineData("Warships bombarded the coastal city for a second day.", "FIGHT")]
    [InlineData("The rebels violated the truce on Sunday, officials said.", "FIGHT")]
    // PROTEST (CAMEO 143) and ASSAULT (CAMEO 181, 1822).
    [InlineData("Dock workers went on strike over unpaid wages on Monday.", "PROTEST")]
    [InlineData("Gunmen hijacked a bus carrying 30 passengers near the border.", "ASSAULT")]
    [InlineData("Militants flogged two men in the town square on Friday.", "ASSAULT")]
    // SANCTION (CAMEO 16): breaking off relations, cancelling a visit, barring aid or entry, withdrawing monitors.
    [InlineData("Ghana broke off diplomatic relations with Togo on Monday.", "SANCTION")]
    [InlineData("The foreign minister cancelled a planned visit to Caracas after the vote.", "SANCTION")]
    [InlineData("Washington said it would prohibit all aid to the militia.", "SANCTION")]
    [InlineData("Forty UN monitors were withdrawn from the enclave on Friday.", "SANCTION")]
    // REJECT (CAMEO 12), DISAPPROVE (11), SUPPORT (05, signing included), DEMAND (02), AGREE (03).
    [InlineData("The rebels rebuffed the offer of talks on Monday.", "REJECT")]
    [InlineData("The ministry summoned the French ambassador on Tuesday.", "DISAPPROVE")]
    [InlineData("The court found the former minister guilty of fraud.", "DISAPPROVE")]
    [InlineData("Brazil recognised the independence of the new state on Friday.", "SUPPORT")]
    [InlineData("Kenya and Ethiopia signed a treaty of friendship on Monday.", "SUPPORT")]
    [InlineData("The mayor requested help from the army after the floods.", "DEMAND")]
    [InlineData("Both parties pledged to respect the election result.", "AGREE")]
    // Written as an analyst's spot check of each category; the wording is what the rows generalise to.
    [InlineData("Tanks rolled into the town after a week of heavy fighting.", "FIGHT")]
    [InlineData("The military junta dissolved the main opposition party on Tuesday.", "COERCE")]
    [InlineData("The regime imposed a news blackout on the region.", "COERCE")]
    [InlineData("The ministry called up 50,000 reservists on Monday.", "MOBILIZE")]
    [InlineData("The rebels withdrew from the town on Sunday.", "RETREAT")]
    [InlineData("The army released 40 prisoners as a goodwill gesture.", "RETREAT")]
    [InlineData("The militia returned the bodies of three soldiers to the army.", "RETREAT")]
    [InlineData("The government withdrew its ambassador from Kigali on Monday.", "SANCTION")]
    // A second spot check, in older wire style.
    [InlineData("Rebel forces laid siege to the provincial capital on Tuesday.", "FIGHT")]
    [InlineData("Government troops besieged the rebel stronghold for a month.", "FIGHT")]
    [InlineData("Security forces seized the offices of an opposition newspaper.", "COERCE")]
    [InlineData("Authorities placed the city under curfew after the riots.", "COERCE")]
    [InlineData("Police raided the homes of opposition activists on Monday.", "COERCE")]
    [InlineData("The kidnappers freed the two hostages unharmed on Monday.", "RETREAT")]
    [InlineData("Guerrillas handed over their weapons to UN peacekeepers.", "RETREAT")]
    [InlineData("The rebels set free 20 captured soldiers as a goodwill gesture.", "RETREAT")]
    [InlineData("Thousands of troops were deployed along the frontier.", "MOBILIZE")]
    // Further CAMEO families: tests and parades of weapons (15), shooting down aircraft (190), ending emergency rule or
    // a strike (08), verdicts (116), withheld aid (16), troops back in barracks and checkpoints removed (087).
    [InlineData("North Korea test-fired a ballistic missile on Monday.", "MOBILIZE")]
    [InlineData("Air defences shot down a military helicopter on Monday.", "FIGHT")]
    [InlineData("The general ended martial law after six months.", "CONCEDE")]
    [InlineData("The dockers ended their strike on Friday.", "CONCEDE")]
    [InlineData("A military court convicted two opposition leaders on Monday.", "DISAPPROVE")]
    [InlineData("The donors withheld aid from the government after the vote.", "SANCTION")]
    [InlineData("The troops returned to their barracks on Sunday.", "RETREAT")]
    [InlineData("Soldiers dismantled three checkpoints on the main road.", "RETREAT")]
    [InlineData("Eritrean troops launched a fresh offensive against Ethiopian positions on the western front.", "FIGHT")]
    [InlineData("Gunmen opened fire on a bus carrying pilgrims near Anantnag, killing six people.", "ASSAULT")]
    [InlineData("A gunman shot and wounded two settlers near Nablus on Monday.", "ASSAULT")]
    [InlineData("The government closed the offices of the newspaper and revoked the accreditation of its reporters.", "COERCE")]
    [InlineData("The government deployed the army in the streets of Karachi.", "MOBILIZE")]
    [InlineData("Kidnappers released a British engineer on Friday.", "RETREAT")]
    [InlineData("Tehran dismissed the charges as baseless propaganda.", "REJECT")]
    [InlineData("The rebels said they were ready to take part in peace talks in Arusha.", "AGREE")]
    // Further wordings: mutilation, a ban on newspapers, reservists called up, troops ordered in, a conditional threat
    // without the word "threaten", territory handed over, a strike as walking off the job.
    [InlineData("Rebels hacked off the hands of 12 villagers near Makeni, aid workers said.", "ASSAULT")]
    [InlineData("The junta banned two independent newspapers and sealed their offices in Lagos.", "COERCE")]
    [InlineData("Some 20,000 reservists were called up on Thursday.", "MOBILIZE")]
    [InlineData("Armenia calls up reservists as border tension rises.", "MOBILIZE")]
    [InlineData("The president ordered troops into the capital on Tuesday after the riots.", "MOBILIZE")]
    [InlineData("The kidnappers said they would kill the two engineers unless a ransom was paid.", "THREATEN")]
    [InlineData("A threat by the rebels to shoot down civilian aircraft closed the airport.", "THREATEN")]
    [InlineData("Russia handed over the disputed island to Japan under the treaty.", "RETREAT")]
    [InlineData("Thousands of dock workers walked off the job in Mombasa on Monday.", "PROTEST")]
    // A third round of wordings: talks opened, manoeuvres begun, joint drills, a deadline given "until", forces
    // leaving, a passive release, a daily closed, a leader captured, an appeal "to", aid approved, recognition,
    // hearings, suspension from a body.
    [InlineData("Israeli and Syrian delegates opened a new round of peace talks in Washington on Monday.", "CONSULT")]
    [InlineData("Soviet forces began large-scale manoeuvres near the Polish border on Monday.", "MOBILIZE")]
    [InlineData("Pakistan and China held joint naval exercises in the Arabian Sea.", "COOPERATE")]
    [InlineData("The United Nations gave the rebels until Friday to lay down their arms or face attack.", "THREATEN")]
    [InlineData("The last Cuban troops left Angola on Thursday, officials said.", "RETREAT")]
    [InlineData("Nearly 200 political prisoners have been released by the military government, church sources said.", "RETREAT")]
    [InlineData("The authorities closed the opposition daily Al-Wafd on Sunday.", "COERCE")]
    [InlineData("Police captured the rebel leader in a raid on his hideout near Lima.", "COERCE")]
    [InlineData("The Red Cross appealed on Monday to both sides to let food convoys through.", "DEMAND")]
    [InlineData("The World Bank approved a $300 million loan to Ghana on Tuesday.", "AID")]
    [InlineData("Senegal became the latest state to recognise the self-proclaimed republic.", "SUPPORT")]
    [InlineData("A Senate committee opened hearings into the secret arms deals on Tuesday.", "INVESTIGATE")]
    [InlineData("Fiji was suspended from the Commonwealth after the coup.", "SANCTION")]
    // Possessives and figures between the words of a pattern ("Haiti's military rulers", "7,000 peacekeepers").
    [InlineData("Washington has given Haiti's military rulers until October 15 to step down.", "THREATEN")]
    [InlineData("The United Nations will deploy 7,000 peacekeepers in Angola, officials said.", "AID")]
    [InlineData("The United States is sending 2,000 more Marines to the Gulf, officials said.", "MOBILIZE")]
    [InlineData("Prosecutors questioned former Prime Minister Kakuei Tanaka on Tuesday over the bribery scandal.", "INVESTIGATE")]
    // A fourth round, in rarer verbs: mown down, strafed, a lightning offensive, a MiG shot down, hauled off, homes
    // dynamited, crowds pouring into the streets, a walkout, troops poured in, a call-up ordered, "or face", freed
    // envoys, a release "after 27 years", pulling out.
    [InlineData("Gunmen mowed down 14 villagers near Srinagar with automatic rifles, police said.", "ASSAULT")]
    [InlineData("Israeli jets strafed guerrilla positions near Tyre on Tuesday.", "FIGHT")]
    [InlineData("Government forces launched a lightning offensive against the rebels at dawn.", "FIGHT")]
    [InlineData("Rebel gunners shot down an air force MiG-21 over the northern front.", "FIGHT")]
    [InlineData("Riot police hauled off dozens of opposition supporters outside parliament.", "COERCE")]
    [InlineData("Troops dynamited the homes of three suspected militants in the village.", "COERCE")]
    [InlineData("Tens of thousands of people poured into the streets of Dhaka to denounce the government.", "PROTEST")]
    [InlineData("The Syrian delegation walked out of the Arab League summit in protest.", "PROTEST")]
    [InlineData("The government poured thousands of extra police into the province on Monday.", "MOBILIZE")]
    [InlineData("Armenia ordered a general call-up of men aged 18 to 40.", "MOBILIZE")]
    [InlineData("The army told the rebels to leave the town by Friday or face an assault.", "THREATEN")]
    [InlineData("Kidnappers in Beirut freed a Swiss envoy on Sunday.", "RETREAT")]
    [InlineData("The opposition leader was released after 15 years in prison.", "RETREAT")]
    [InlineData("Ethiopian troops began pulling out of the border town on Monday.", "RETREAT")]
    [InlineData("Rebels released the last of some 300 U.N. peacekeepers they had been holding.", "RETREAT")]
    [InlineData("Marcos quits after 20 years as president.", "RETREAT")]
    // A fifth round: slaughter, burning alive, lips cut off, an offensive of any
    // season, an attack beaten back, "would face", a building occupied, self-immolation, a ban on gatherings,
    // "clapped in jail", a rebel chief captured (an arrest, not territory).
    [InlineData("Militiamen slaughtered dozens of villagers in the hills above the town.", "ASSAULT")]
    [InlineData("Raiders burned several families alive in their huts near Gulu.", "ASSAULT")]
    [InlineData("Rebels cut off the lips and ears of six farmers during a raid.", "ASSAULT")]
    [InlineData("The army launched a major dry-season offensive against the rebels.", "FIGHT")]
    [InlineData("Government forces beat back an attack on the airport road.", "FIGHT")]
    [InlineData("The alliance warned the militia they would face air strikes within days.", "THREATEN")]
    [InlineData("Students occupied the parliament building in the capital on Monday.", "PROTEST")]
    [InlineData("A monk set himself on fire outside the ministry to protest the crackdown.", "PROTEST")]
    [InlineData("The junta imposed a ban on gatherings of more than five people.", "COERCE")]
    [InlineData("The opposition leader was clapped in jail on treason charges.", "COERCE")]
    [InlineData("Police captured the rebel chief in a raid on his safehouse in Lima.", "COERCE")]
    // The sentence's own action, not the act a participle recalls ("tourists kidnapped in Yemen").
    [InlineData("Two aid workers abducted in Darfur last month were released by their captors on Sunday.", "RETREAT")]
    [InlineData("Some 300 prisoners held in Turkish jails went on hunger strike on Monday.", "PROTEST")]
    // A ceasefire proposal is not yet an agreement.
    [InlineData("A ceasefire proposal by the rebels was rejected by the government on Friday.", "REJECT")]
    // A weapon inside the words of a withdrawal is taken away, not fired.
    [InlineData("Serb forces pulled their heavy weapons back from around Sarajevo.", "RETREAT")]
    // Wordings of movement and coercion that wire copy uses beside the common verbs.
    [InlineData("Ethiopia handed the disputed border district back to Eritrea on Monday.", "RETREAT")]
    [InlineData("The militia handed over two captured soldiers to tribal elders on Monday.", "RETREAT")]
    [InlineData("The opposition leader was released by the military on Friday.", "RETREAT")]
    [InlineData("The opposition leader was freed from house arrest on Monday.", "RETREAT")]
    [InlineData("The president ordered troops and warplanes to the northern border on Monday.", "MOBILIZE")]
    [InlineData("The army was placed on the highest level of combat readiness on Monday.", "MOBILIZE")]
    [InlineData("The army began a long-planned offensive against the rebels on Monday.", "FIGHT")]
    [InlineData("The court dissolved the main opposition Freedom Party on Tuesday.", "COERCE")]
    [InlineData("Police confined the opposition leader to his home on Monday.", "COERCE")]
    [InlineData("Soldiers took the former minister into custody on Monday.", "COERCE")]
    [InlineData("The opposition leader began an indefinite fast outside parliament on Monday.", "PROTEST")]
    [InlineData("Thousands of farmers converged on the capital on Monday to demand higher prices.", "PROTEST")]
    [InlineData("The government held the rebels responsible for the blast.", "DISAPPROVE")]
    [InlineData("The minister pointed the finger at Rwanda over the attack.", "DISAPPROVE")]
    // A force "backed by" tanks is described, not supported; a decree signed is no support; headlines in the present.
    [InlineData("Separatist fighters backed by tanks and artillery overran government troops defending the port on Monday.", "FIGHT")]
    [InlineData("The president signed a decree on Monday ordering a general mobilisation of reservists.", "MOBILIZE")]
    [InlineData("Police capture rebel chief in jungle hideout", "COERCE")]
    [InlineData("Gunmen kill radio journalist in Port Moresby", "ASSAULT")]
    [InlineData("A gunman shot the provincial governor dead outside his office on Monday.", "ASSAULT")]
    // Seizing a broadcaster silences it; it takes no territory.
    [InlineData("The government seized control of the main independent television station on Thursday.", "COERCE")]
    // Diplomatic and cooperative wordings beside the common verbs.
    [InlineData("Norway summoned Russia's charge d'affaires in Oslo on Monday over the arrests.", "DISAPPROVE")]
    [InlineData("Japan promised Washington on Friday that it would open its rice market.", "AGREE")]
    [InlineData("Qatar has been acting as a go-between for the two sides in the hostage talks.", "CONSULT")]
    [InlineData("The president discussed the border crisis with his Kenyan counterpart by telephone.", "CONSULT")]
    [InlineData("The air force began airlifting food to flooded districts in the north on Friday.", "AID")]
    [InlineData("The dissident was given refuge by the Swedish embassy on Tuesday.", "AID")]
    [InlineData("The expulsion of four Iranian diplomats by Baku marked a new low in relations.", "SANCTION")]
    [InlineData("The regional bloc sent a fact-finding mission to Guinea on Sunday.", "INVESTIGATE")]
    [InlineData("The president lifted the 20-year ban on the main opposition party on Friday.", "CONCEDE")]
    [InlineData("The two intelligence services have been sharing information on militant suspects.", "COOPERATE")]
    // A negotiator is a person, not an act of negotiating; troops arriving are deployed, not visiting.
    [InlineData("Sudanese and South Sudanese negotiators agreed in Addis Ababa on Monday to a truce.", "AGREE")]
    [InlineData("Some 800 Belgian troops arrived in Kigali on Thursday.", "MOBILIZE")]
    [InlineData("The first African Union peacekeepers have arrived in Mogadishu, the mission said.", "AID")]
    [InlineData("Authorities lifted a 24-hour curfew in the northern city on Monday.", "CONCEDE")]
    // Directives, denials and a name that holds a category's word.
    [InlineData("The envoy told the militia to free the hostages.", "DEMAND")]
    [InlineData("The mediators gave both sides three days to sign the accord.", "DEMAND")]
    [InlineData("The army denied on Monday that its troops had burned the village.", "REJECT")]
    [InlineData("The ministry repudiated the report on Tuesday.", "REJECT")]
    [InlineData("The spokesman scoffed at warnings of an imminent offensive.", "REJECT")]
    [InlineData("The Organization for Security and Cooperation in Europe urged both sides to stop shelling.", "DEMAND")]
    // Threats worded with a date inside, a caution, a penalty "unless", and a deadline in days "or face"; deployments
    // of carriers and batteries; a retreat told by its troops; a unilateral
    // halt to operations; a named person killed in a passive.
    [InlineData("The guerrillas vowed on Monday to strike back at the army without limits.", "THREATEN")]
    [InlineData("The president cautioned Kabul on Monday that Islamabad would respond with full force.", "THREATEN")]
    [InlineData("Washington said it would slap tariffs on steel imports unless Seoul opened its market.", "THREATEN")]
    [InlineData("The alliance gave the militia ten days on Wednesday to pull its guns back from the city or face air strikes.", "THREATEN")]
    [InlineData("NATO gave the militia ten days to pull its guns back or place them under U.N. control, or face air strikes.", "THREATEN")]
    [InlineData("The Pentagon ordered the aircraft carrier Nimitz and its battle group to the Arabian Sea.", "MOBILIZE")]
    [InlineData("Turkey deployed anti-aircraft batteries along its southern border on Thursday.", "MOBILIZE")]
    [InlineData("Retreating government troops streamed out of the provincial capital on Tuesday.", "RETREAT")]
    [InlineData("The rebel movement announced a complete cessation of military operations from midnight.", "RETREAT")]
    [InlineData("The opposition mayor was shot dead by two gunmen outside his home on Monday.", "ASSAULT")]
    // Verbal and cooperative wordings: an ultimatum dismissed, a recognition refused for ever, a condemnation by a
    // label, workers bowed to, aid by supplying, lending and distributing, allegations examined, sponsored talks,
    // sanctions coming into force, promises with their addressee, agreeing with words between.
    [InlineData("The ruling council on Tuesday dismissed U.S. President George W. Bush's ultimatum to leave the country.", "REJECT")]
    [InlineData("Belgrade said on Sunday it would never recognise the province's declaration of independence.", "REJECT")]
    [InlineData("Ankara branded the raid on the aid convoy state terrorism on Monday.", "DISAPPROVE")]
    [InlineData("The government bowed to striking shipyard workers on Saturday, conceding their demand for free unions.", "CONCEDE")]
    [InlineData("Washington has been supplying the guerrillas with shoulder-fired Stinger missiles for months.", "AID")]
    [InlineData("The United States would lend Mexico up to 20 billion dollars from an emergency fund.", "AID")]
    [InlineData("The World Food Programme began distributing rice to quake survivors on Sunday.", "AID")]
    [InlineData("A congressional commission began examining allegations on Monday that the president took bribes.", "INVESTIGATE")]
    [InlineData("The government and the opposition opened United Nations-sponsored talks in Moscow on Tuesday.", "CONSULT")]
    [InlineData("United Nations sanctions banning flights and arms sales to Libya came into force on Wednesday.", "SANCTION")]
    [InlineData("The Serb leader promised mediators at the conference on Thursday that his forces would pull back.", "AGREE")]
    [InlineData("The prime minister agreed by telephone on Sunday to halt military operations in the region.", "AGREE")]
    [InlineData("Indian troops and armour rolled towards the border with Pakistan on Wednesday.", "MOBILIZE")]
    // A participle before its noun describes it ("Jailed opposition leader ..."); refusing food is a hunger strike.
    [InlineData("Jailed opposition leader Aung San Suu Kyi met the United Nations envoy on Monday.", "CONSULT")]
    [InlineData("The wife of the jailed dissident appealed to the president on Monday for his release.", "DEMAND")]
    [InlineData("Hundreds of prisoners refused food at the Maze prison on Sunday.", "PROTEST")]
    // What a passive reaction is about is no action of the sentence, even when only PLOVER codes it.
    [InlineData("Iraq's invasion of Kuwait was denounced on Friday by the Arab League.", "DISAPPROVE")]
    public void Each_family_of_cameo_actions_codes_its_plover_category(string text, string category) =>
        Assert.Equal(category, First(text).Category);

    [Theory]
    [InlineData("A statement was released by the army on Monday.")]
    [InlineData("The envoy handed over a letter to the foreign minister on Monday.")]
    public void A_release_or_handover_of_words_is_no_action(string text)
    {
        var coding = fixture.Pipeline.Extract(PlainTextReader.Read("test", text, new DateOnly(2024, 1, 10))).Coding;
        Assert.Empty(coding.Events);
        Assert.DoesNotContain(coding.Statements, s => s.Plover.Category == "RETREAT");
    }

    [Fact]
    public void An_order_to_surrender_deploys_no_one()
    {
        var coding = fixture.Pipeline.Extract(PlainTextReader.Read("test", "The general ordered his troops to surrender to the advancing rebels on Saturday.", new DateOnly(2024, 1, 10))).Coding;
        Assert.DoesNotContain(coding.Statements, s => s.Plover.Category == "MOBILIZE");
        Assert.DoesNotContain(coding.Events, e => e.Plover?.Category == "MOBILIZE");
    }

    // Whom a deployment is aimed at, who receives what is given up, whom a protest is against: a cue word leads to it.
    [Theory]
    [InlineData("Sudan sent thousands of troops to Kassala state on its border with Eritrea on Friday.", "MOBILIZE", "Eritrea")]
    [InlineData("Greece sent warships toward the Aegean islets of Imia on Tuesday, escalating a standoff with Turkey.", "MOBILIZE", "Turkey")]
    [InlineData("Serbia's army was put on full alert on Monday, the defence minister said, as tensions with Kosovo rose.", "MOBILIZE", "Kosovo")]
    [InlineData("The president ordered troops to the Gulf on Tuesday to defend the kingdom against a possible attack by Iraq.", "MOBILIZE", "Iraq")]
    [InlineData("Venezuela moved troops to its border with Colombia on Monday.", "MOBILIZE", "Colombia")]
    [InlineData("The Pentagon flew 3,000 troops to Honduras in a show of force aimed at Nicaragua.", "MOBILIZE", "Nicaragua")]
    [InlineData("Armenia handed the Kalbajar district back to Azerbaijan on Wednesday.", "RETREAT", "Azerbaijan")]
    [InlineData("Israel handed back the last third of the Sinai peninsula to Egypt on Sunday.", "RETREAT", "Egypt")]
    [InlineData("Libyan troops completed their pullout from the Aouzou Strip, returning the territory to Chad.", "RETREAT", "Chad")]
    [InlineData("Sudan formally handed over the disputed Abyei district to South Sudan on Monday.", "RETREAT", "South Sudan")]
    [InlineData("About 200 Lord's Resistance Army fighters surrendered to Ugandan troops near Gulu on Monday.", "RETREAT", "Ugandan troops")]
    [InlineData("Greece sent two warships to Crete on Monday to deter attacks by Libyan smugglers.", "MOBILIZE", "Libyan")]
    [InlineData("Chad put its army on alert in Abeche on Friday as tension with Sudan rose.", "MOBILIZE", "Sudan")]
    [InlineData("Thousands of students marched in central Dhaka on Sunday against Prime Minister Sheikh Hasina.", "PROTEST", "Prime Minister Sheikh Hasina")]
    [InlineData("Miners blocked roads into La Paz, demanding the resignation of President Gonzalo Sanchez de Lozada.", "PROTEST", "President Gonzalo Sanchez de Lozada")]
    [InlineData("Oil workers went on strike today to press the military government to free the jailed leader.", "PROTEST", "military government")]
    [InlineData("Protesters besieged Bangkok's main airport for a second day in a bid to force Prime Minister Somchai Wongsawat from power.", "PROTEST", "Prime Minister Somchai Wongsawat")]
    [InlineData("Police raided the Harare offices of the independent daily NewsDay on Monday.", "COERCE", "NewsDay")]
    [InlineData("Army jets bombed positions held by infiltrators on the ridges near the border on Wednesday.", "FIGHT", "infiltrators")]
    [InlineData("Eritrea threatened to resume shelling in the Red Sea port in its war with Ethiopia unless Addis Ababa paid.", "THREATEN", "Ethiopia")]
    // A weapon named after the attack codes its type; the parties are read from the attack's words.
    [InlineData("Croatian forces launched a major offensive against rebel Serbs on Friday, shelling the town of Knin.", "FIGHT", "rebel Serbs")]
    public void A_cue_word_leads_to_the_target(string text, string category, string target)
    {
        var (c, _, t) = First(text);
        Assert.Equal(category, c);
        Assert.Equal(target, t);
    }

    // The forces a deployment, a withdrawal or an aid mission moves are the side itself; where they go or leave is
    // the target.
    [Theory]
    [InlineData("The United States is sending 2,000 more Marines to the Persian Gulf, officials said on Friday.", "MOBILIZE", "Persian Gulf")]
    [InlineData("Moscow poured thousands of extra police troops into Dagestan on Monday.", "MOBILIZE", "Dagestan")]
    [InlineData("Kigali sent Republican Guard troops and commandos into North Kivu on Monday, diplomats said.", "MOBILIZE", "North Kivu")]
    [InlineData("Vietnam said on Thursday it had withdrawn all its troops from Cambodia.", "RETREAT", "Cambodia")]
    [InlineData("The United Nations will deploy 7,000 peacekeepers in Angola to monitor the ceasefire.", "AID", "Angola")]
    [InlineData("The withdrawal of Israeli troops from their security zone in south Lebanon was completed on Wednesday.", "RETREAT", "Lebanon")]
    [InlineData("Retreating Iraqi troops streamed out of Kuwait City on Tuesday.", "RETREAT", "Kuwait City")]
    public void Where_moved_forces_go_or_leave_is_the_target(string text, string category, string target)
    {
        var (c, _, t) = First(text);
        Assert.Equal(category, c);
        Assert.Equal(target, t);
    }

    [Theory]
    [InlineData("Thousands of farmers marched in Nairobi against the Kenyan government on Monday.", "Kenyan government")]
    [InlineData("Teachers began a hunger strike outside Parliament to demand pay owed by the Education Ministry.", "Education Ministry")]
    [InlineData("Hundreds of students demonstrated in Bangladesh on Sunday, Dhaka radio said.", "Bangladesh")]
    [InlineData("Tens of thousands of people took to the streets of Belgrade to protest against the government.", "government")]
    // The tokenizer keeps a possessive on its word: the possessor is whom the protest is against.
    [InlineData("Dockers staged a general strike on Monday against the government's austerity measures.", "government")]
    [InlineData("Opposition deputies walked out of parliament in protest against the army's emergency decree.", "army")]
    public void A_protest_targets_whom_it_is_against_and_its_place_only_when_no_one_else_is_named(string text, string target)
    {
        var (category, _, t) = First(text);
        Assert.Equal("PROTEST", category);
        Assert.Equal(target, t);
    }

    [Theory]
    // The pattern reaches over its object, which is then inside the trigger.
    [InlineData("Venezuela expelled the Colombian ambassador on Friday.", "SANCTION", "Venezuela", "Colombian")]
    // People named by a common noun right after the verb, though a place follows.
    [InlineData("The rebels kidnapped three aid workers near Goma on Monday.", "ASSAULT", "rebels", "three aid workers")]
    // No place for an ACLED event, still a PLOVER action; a name behind "al-".
    [InlineData("Somali forces recaptured the town from al-Shabaab on Sunday.", "FIGHT", "Somali forces", "al-Shabaab")]
    // Whom ground is taken from is the side fought, though the place is named first or the verb of taking is not the trigger.
    [InlineData("Federal troops seized the hill town of Dolo from clan militiamen on Friday.", "FIGHT", "Federal troops", "clan militiamen")]
    [InlineData("The army launched an offensive to retake the Jebel Marra region from rebel fighters on Monday.", "FIGHT", "army", "rebel fighters")]
    // A government protesting to another complains; it does not demonstrate.
    [InlineData("Japan protested to China over the detention of its citizen.", "DISAPPROVE", "Japan", "China")]
    // The object's people: qualified by a name, counted with "dozens of" or "at least", inside a pattern that
    // reaches over them, after "to death", after an infinitive, or after what was fired at them.
    [InlineData("The army said its troops killed seven FARC guerrillas near Villavicencio.", "FIGHT", "army", "seven FARC guerrillas")]
    [InlineData("Soldiers raped dozens of women in a village near Uvira, a charity said.", "ASSAULT", "Soldiers", "dozens of women")]
    [InlineData("Police detained at least a dozen dissidents in Shanghai ahead of the anniversary.", "COERCE", "Police", "at least a dozen dissidents")]
    [InlineData("Rebels hacked to death 30 civilians with machetes near Beni.", "ASSAULT", "Rebels", "30 civilians")]
    [InlineData("The militants threatened to behead the hostages if Manila did not pay.", "THREATEN", "militants", "hostages")]
    [InlineData("Helicopters fired rockets at insurgents hiding in a grove near Falluja.", "FIGHT", "Helicopters", "insurgents")]
    // A noun that titles a name is the named person; one that leads to a name with "of" gives way to the name.
    [InlineData("Gunmen tried to kill opposition leader Morgan Tsvangirai in Harare.", "ASSAULT", "Gunmen", "opposition leader Morgan Tsvangirai")]
    [InlineData("Police arrested 52 members of the banned Oodua Peoples Congress in Lagos.", "COERCE", "Police", "Oodua Peoples Congress")]
    // A group or inspectors named by a common noun are the object, not the place named after them.
    [InlineData("The Kenyan government blamed the opposition for the violence in Nairobi.", "DISAPPROVE", "Kenyan government", "opposition")]
    [InlineData("North Korea refused to allow international inspectors into Yongbyon.", "REJECT", "North Korea", "international inspectors")]
    // An irregular past verb ends the subject.
    [InlineData("Venezuela froze trade with Colombia and recalled its ambassador from Bogota.", "SANCTION", "Venezuela", "Bogota")]
    // A subject holding the ACLED actor's word is the source with all its words.
    [InlineData("Taliban gunmen shot dead a district governor in Lashkar Gah on Monday.", "ASSAULT", "Taliban gunmen", "district governor")]
    // Schoolchildren are civilians too, however many words describe them; a motorcade fired on carries its passenger.
    [InlineData("Gunmen killed a schoolgirl in Peshawar on Tuesday.", "ASSAULT", "Gunmen", "schoolgirl")]
    [InlineData("Government troops beat back rebels advancing on the town on Friday.", "FIGHT", "Government troops", "rebels")]
    // A name after "in" is where a person was seized or attacked: the person named before the trigger is the target.
    [InlineData("The junta placed opposition leader Aung San Suu Kyi under house arrest in Rangoon today.", "COERCE", "junta", "Aung San Suu Kyi")]
    // A weapon disrupted in another clause leaves this clause's attack standing.
    [InlineData("Indian jets pounded positions held by infiltrators in the Kargil sector, and Pakistan said it had shot down two of the aircraft.", "FIGHT", "Indian jets", "infiltrators")]
    // Headlines in the present tense.
    [InlineData("Rebels seize Goma as government army flees", "FIGHT", "Rebels", "Goma")]
    [InlineData("Sudan masses tanks near disputed Abyei region", "MOBILIZE", "Sudan", "Abyei")]
    [InlineData("Police arrest opposition leader Morgan Tsvangirai in Harare", "COERCE", "Police", "opposition leader Morgan Tsvangirai")]
    [InlineData("UN chief slams Khartoum over deadly air raids on Darfur villages", "DISAPPROVE", "UN chief", "Khartoum")]
    [InlineData("The mediator flew into the capital on Thursday to meet rebel leaders.", "CONSULT", "mediator", "rebel leaders")]
    [InlineData("Militants shot and critically wounded a 15-year-old schoolboy near Quetta on Monday.", "ASSAULT", "Militants", "15-year-old schoolboy")]
    [InlineData("Gunmen opened fire on the motorcade of Governor Salman Taseer on Monday.", "ASSAULT", "Gunmen", "Governor Salman Taseer")]
    // An ACLED actor's words are PLOVER's party without their article.
    [InlineData("Al-Shabaab fighters attacked the Somali army in Beledweyne on Friday.", "FIGHT", "Al-Shabaab fighters", "Somali army")]
    // An act noun's doer after where it happened, and a hyphenated participle inside the doer's words.
    [InlineData("The massacre of 30 villagers in Tarkint by an army-backed militia was confirmed by investigators on Monday.", "ASSAULT", "army-backed militia", "30 villagers")]
    // With no name after the verb, the noun phrase it takes.
    [InlineData("Amnesty International accused the police of torturing detainees.", "DISAPPROVE", "Amnesty International", "police")]
    [InlineData("The rebels rejected the peace plan put forward by the mediators.", "REJECT", "rebels", "peace plan")]
    [InlineData("The envoy held talks with rebel leaders in Nairobi.", "CONSULT", "envoy", "rebel leaders")]
    [InlineData("The African Union suspended Mali's membership after the coup.", "SANCTION", "African Union", "Mali")]
    public void Source_and_target_of_an_action(string text, string category, string source, string target)
    {
        var (c, s, t) = First(text);
        Assert.Equal((category, source, target), (c, s, t));
    }

    [Theory]
    // What is cut off belongs to whom the act was done to.
    [InlineData("Rebels hacked off the hands and feet of at least 20 villagers near Makeni on Monday.", "at least 20 villagers")]
    // A name right before "said" is who reports the act, not whom it was done to.
    [InlineData("Soldiers shelled rebel positions with mortars on Monday, officials in Tbilisi said.", "rebel positions")]
    // A warning told without "that" is still addressed to whom it names.
    [InlineData("NATO warned the Bosnian Serbs they would face air strikes unless they pulled their guns back from around Sarajevo.", "Bosnian Serbs")]
    public void The_target_is_whom_the_act_reaches_not_a_place_or_the_reporter(string text, string target) =>
        Assert.Equal(target, First(text).Target);

    [Theory]
    // A disapproval's target is whom it blames: the doer of the act condemned after "by" or named before it, whom a
    // "blaming" or "responsible" clause names, rather than the act itself, its victims or where it happened.
    [InlineData("The ministry condemned the shelling of a school in Hama by government troops, its spokesman said.", "government troops")]
    [InlineData("The bombing of the market was condemned on Sunday by the foreign minister, who said the rebels were responsible.", "rebels")]
    [InlineData("The governor denounced the raid on a refugee camp near Kaga, blaming militia fighters for the deaths.", "militia fighters")]
    [InlineData("Kenya complained to the African Union over Somali cross-border raids on its villages.", "Somali")]
    // The party the verb itself takes stays its target, and a doer of another noun ("protests led by") is not blamed.
    [InlineData("Beijing lodged a formal protest with Tokyo on Monday, blaming the Japanese for the collision.", "Tokyo")]
    [InlineData("Washington lashed out at Khartoum over the suppression of protests led by student unions.", "Khartoum")]
    public void A_disapproval_targets_whom_it_blames(string text, string target)
    {
        var (category, _, found) = First(text);
        Assert.Equal(("DISAPPROVE", target), (category, found));
    }

    [Theory]
    // The source's own forces are not whom the action is done to.
    [InlineData("Israel pulled its troops out of Jenin on Sunday.", "Jenin")]
    [InlineData("Pakistan has refused to deploy peacekeepers in Iraq.", "Iraq")]
    // A plural people noun before a lower-case word is the head ("dissidents ahead of"); a singular one qualifies it.
    [InlineData("Serbia lodged an official protest with Albania today.", "Albania")]
    public void Own_forces_and_qualifying_nouns_are_not_the_target(string text, string target) =>
        Assert.Equal(target, First(text).Target);

    [Theory]
    [InlineData("Militants threatened to attack the capital.", "Militants")]
    [InlineData("Police detained four students in Yangon.", "Police")]
    [InlineData("Argentine aircraft hit the British destroyer HMS Sheffield with an Exocet missile on Tuesday.", "Argentine aircraft")]
    public void A_verb_right_after_the_subject_is_not_part_of_it(string text, string source) =>
        Assert.Equal(source, First(text).Source);

    [Theory]
    [InlineData("The protesters demanded the resignation of the prime minister.", "PROTEST", "protesters")]
    [InlineData("A suicide bomber blew himself up among worshippers at a mosque in Quetta.", "ASSAULT", "suicide bomber")]
    public void A_trigger_that_is_the_subjects_own_noun_is_the_source(string text, string category, string source) =>
        Assert.Equal((category, source), (First(text).Category, First(text).Source));

    [Theory]
    [InlineData("The kidnapping of two Italian nuns by gunmen in Mogadishu shocked aid agencies.", "gunmen", "two Italian nuns")]
    [InlineData("The release of 40 prisoners by the rebels was welcomed by the Red Cross.", "rebels", "40 prisoners")]
    [InlineData("The arrest of 30 opposition supporters by riot police drew protests from Western envoys.", "riot police", "30 opposition supporters")]
    public void An_action_noun_opening_the_sentence_takes_its_target_after_of_and_its_source_after_by(string text, string source, string target) =>
        Assert.Equal((source, target), (First(text).Source, First(text).Target));

    [Theory]
    [InlineData("A threat by Hezbollah guerrillas to shell northern towns emptied the border villages.", "Hezbollah guerrillas")]
    [InlineData("Demonstrations led by striking teachers brought the capital to a standstill on Monday.", "striking teachers")]
    [InlineData("Protests organised by the opposition paralysed Caracas on Monday.", "opposition")]
    [InlineData("Demonstrations by students against the government turned violent in Dhaka on Friday.", "students")]
    [InlineData("Aid workers in Baidoa were warned by militia leaders that they would be shot if they stayed.", "militia leaders")]
    [InlineData("Rioting youths burned cars and hurled stones at police in Dakar on Monday.", "Rioting youths")]
    [InlineData("Thousands of Syrian reservists were called up on Friday.", "Thousands of Syrian reservists")]
    [InlineData("Dock workers blocked the highway between Mombasa and Nairobi on Monday.", "Dock workers")]
    [InlineData("The last Cuban troops left Angola on Thursday.", "last Cuban troops")]
    [InlineData("Reservists were called up by the Syrian army on Friday.", "Syrian army")]
    [InlineData("The withdrawal of Cuban troops from Angola was completed on Thursday.", "Cuban troops")]
    [InlineData("Police said masked gunmen had dragged 12 villagers from their homes and mowed them down.", "masked gunmen")]
    [InlineData("The rebel front said its fighters had shot down a government helicopter near the border.", "rebel front")]
    [InlineData("The villagers were warned by the militia to leave within two days or face death.", "militia")]
    [InlineData("Karen rebels said their base had come under sustained mortar attack from Burmese army units.", "Burmese army units")]
    [InlineData("A bomb planted by dissident republicans tore through the market town on Saturday, killing 29 people.", "dissident republicans")]
    // An act opening a passive whose agent follows was done by the agent, unless its own words name its doer.
    [InlineData("A three-day general strike was called by Kenya's opposition coalition on Monday over rising food prices.", "Kenya's opposition coalition")]
    [InlineData("A curfew in Goma was lifted by Congolese authorities on Tuesday.", "Congolese authorities")]
    [InlineData("The release of 40 prisoners by Eritrea was welcomed by the United Nations on Friday.", "Eritrea")]
    // An opening participle's phrase tells the circumstances; a name ending like a participle is the subject itself.
    [InlineData("Battered by fierce resistance, Russian troops pulled back from the town on Saturday.", "Russian troops")]
    [InlineData("Beijing has asked Washington to stop arms sales to Taiwan, a spokesman said on Tuesday.", "Beijing")]
    public void The_source_is_the_doer_however_the_sentence_names_it(string text, string source) =>
        Assert.Equal(source, First(text).Source);

    [Theory]
    // A name after "in" is where; the people of the toll are whom the attack was done to.
    [InlineData("A bomb tore through a bus station in the northern Nigerian city of Kano, killing at least 30 people.", "at least 30 people")]
    // A name the verb takes is the target though a toll follows.
    [InlineData("Rebels shelled the provincial capital Goma on Sunday, killing about 15 people.", "Goma")]
    // The one warned, not the capital named in the condition.
    [InlineData("Ethiopia warned Eritrea it would strike back if Asmara kept shelling the border town.", "Eritrea")]
    [InlineData("The militia threatened to kill mayors who refused to resign, officials said.", "mayors")]
    // A name the pattern holds is whom it is addressed to; one told before a pronoun's offer is its target.
    [InlineData("Seoul said it had asked Pyongyang to provide details on South Korean fishermen held since May.", "Pyongyang")]
    [InlineData("Sudan told Egypt and Ethiopia it was ready to hand over the three suspects.", "Egypt and Ethiopia")]
    // A name that qualifies a person or an outlet gives way to the name it qualifies.
    [InlineData("The kidnappers freed American hostage Terry Anderson in Beirut on Wednesday.", "Terry Anderson")]
    [InlineData("Kenyan President Uhuru Kenyatta phoned his Somali counterpart Hassan Sheikh Mohamud on Monday to discuss the border.", "Hassan Sheikh Mohamud")]
    public void The_target_is_whom_the_action_was_done_to(string text, string target) =>
        Assert.Equal(target, First(text).Target);

    [Fact]
    public void One_placed_under_house_arrest_is_the_target_with_no_source_told()
    {
        var (category, source, target) = First("Former prime minister Nawaz Sharif was placed under house arrest in Lahore on Monday.");
        Assert.Equal(("COERCE", null, "Former prime minister Nawaz Sharif"), (category, source, target));
    }

    [Fact]
    public void A_curfew_imposed_by_no_one_named_has_no_source_and_its_measure_is_no_party()
    {
        var (category, source, target) = First("A 24-hour curfew was imposed on the central city of Jos on Monday.");
        Assert.Equal(("COERCE", null, "Jos"), (category, source, target));
    }

    [Fact]
    public void What_an_unless_clause_names_is_the_threats_condition_not_an_action()
    {
        var coding = fixture.Pipeline.Extract(PlainTextReader.Read("test",
            "The United Nations warned the militia on Monday that it faced air strikes unless it pulled its guns back from the city.",
            new DateOnly(2024, 1, 10))).Coding;

        var category = Assert.Single(coding.Statements).Plover.Category;
        Assert.Equal("THREATEN", category);
    }

    [Theory]
    [InlineData("The deployment of Kenyan troops to the border was completed on Sunday.", "Kenyan troops")]
    // A hyphenated word among the forces' words: "Nigerian-led", "U.N.-backed".
    [InlineData("The deployment of AU-mandated Kenyan troops to Kismayo was completed on Sunday.", "AU-mandated Kenyan troops")]
    public void The_forces_a_deployment_noun_moves_are_its_source(string text, string source)
    {
        var (category, found, _) = First(text);
        Assert.Equal(("MOBILIZE", source), (category, found));
    }

    [Theory]
    [InlineData("Fighting between Hutu rebels and the Tutsi-led army killed 40 people near Bujumbura.", "Hutu rebels", "Tutsi-led army")]
    [InlineData("Clashes between police and striking miners erupted in Bucharest.", "police", "striking miners")]
    public void The_sides_an_action_is_between_are_its_source_and_target(string text, string source, string target) =>
        Assert.Equal((source, target), (First(text).Source, First(text).Target));

    [Theory]
    [InlineData("Kenya and Somalia signed a border security pact in Nairobi on Monday.", "Kenya", "Somalia")]
    [InlineData("Ugandan Foreign Minister Sam Kutesa and his Rwandan counterpart Louise Mushikiwabo opened talks in Kampala on Monday.",
        "Ugandan Foreign Minister Sam Kutesa", "Rwandan counterpart Louise Mushikiwabo")]
    [InlineData("Chadian troops and Sudanese-backed rebel fighters exchanged mortar fire near Adre on Monday.", "Chadian troops", "Sudanese-backed rebel fighters")]
    [InlineData("The Malian government and its Tuareg rebels agreed in Algiers to a ceasefire on Monday.", "Malian government", "Tuareg rebels")]
    public void The_two_sides_of_a_mutual_act_joined_by_and_are_source_and_target(string text, string source, string target) =>
        Assert.Equal((source, target), (First(text).Source, First(text).Target));

    [Fact]
    public void Two_allies_acting_on_a_third_side_keep_it_as_the_target()
    {
        var (_, source, target) = First("South Sudanese troops and Ugandan soldiers shelled rebel positions near Nimule on Monday.");
        Assert.StartsWith("South Sudanese troops and Ugandan", source);
        Assert.DoesNotContain("Ugandan", target ?? "");
    }

    [Fact]
    public void A_force_put_on_alert_is_the_source_of_its_mobilisation()
    {
        var (category, source, target) = First("The armed forces were placed on maximum alert after the border incident.");
        Assert.Equal(("MOBILIZE", "armed forces", null), (category, source, target));
    }

    [Fact]
    public void A_passive_without_by_has_no_source_and_its_subject_is_the_target()
    {
        var (_, source, target) = First("Two journalists were abducted in Mogadishu on Monday.");
        Assert.Null(source);
        Assert.Equal("Two journalists", target);
    }

    [Theory]
    [InlineData("Two aid workers have been killed in a roadside bombing near Kandahar.", "Two aid workers")]
    [InlineData("A detainee died as a result of torture in a military prison, his family said.", "detainee")]
    public void The_subject_of_a_harm_it_suffered_is_the_target_of_the_event_named_after_it(string text, string target)
    {
        var (category, source, coded) = First(text);
        Assert.Equal("ASSAULT", category);
        Assert.Null(source);
        Assert.Equal(target, coded);
    }

    [Fact]
    public void A_passive_agent_with_initials_is_the_source()
    {
        var (category, source, target) = First("The former minister has been indicted by the U.N. tribunal for war crimes.");
        Assert.Equal("DISAPPROVE", category);
        Assert.Equal("U.N. tribunal", source);
        Assert.Equal("former minister", target);
    }

    [Fact]
    public void A_progressive_is_not_a_passive()
    {
        var (category, source, target) = First("Opposition parties in Togo are demanding that President Gnassingbe step down.");
        Assert.Equal("DEMAND", category);
        Assert.Equal("Opposition parties", source);
        Assert.Equal("President Gnassingbe", target);
    }

    [Fact]
    public void With_no_name_after_the_verb_the_object_before_it_is_the_target()
    {
        var (_, source, target) = First("Ghana summoned Togo's ambassador to complain about the border closure.");
        Assert.Equal("Ghana", source);
        Assert.Equal("Togo", target);
    }

    [Fact]
    public void State_forces_capturing_a_place_are_the_source_not_also_the_target()
    {
        var (category, source, target) = First("Malian soldiers captured a rebel base near Kidal on Tuesday.");
        Assert.Equal("FIGHT", category);
        Assert.Equal("Malian soldiers", source);
        Assert.NotEqual(source, target);
    }

    [Theory]
    // Wordings of the CAMEO manual's wire style, one sentence each, written for these tests (twelfth session).
    [InlineData("Gunmen kill three farmers in northern Nigeria", "ASSAULT")]
    [InlineData("Rebels carried off 40 pupils from a school near Gulu overnight.", "ASSAULT")]
    [InlineData("Gunmen seized a hotel in the capital on Friday, taking 40 guests hostage.", "ASSAULT")]
    [InlineData("Police confined the opposition leader to his hillside home on Monday.", "COERCE")]
    [InlineData("Thousands of migrants were forced to leave Libya last month.", "COERCE")]
    [InlineData("The president ordered the arrest of 300 opposition activists on Monday.", "COERCE")]
    [InlineData("The censor shut down more than a dozen weekly newspapers on Tuesday.", "COERCE")]
    [InlineData("Syria has deployed some 30,000 troops along its border with Turkey.", "MOBILIZE")]
    [InlineData("The army was put on a semi-war footing on Monday.", "MOBILIZE")]
    [InlineData("The general said his forces would crush the rebellion within a week.", "THREATEN")]
    [InlineData("The president ordered his troops out of the disputed zone on Monday.", "RETREAT")]
    [InlineData("The junta freed the former prime minister and seven other political prisoners on Monday.", "RETREAT")]
    [InlineData("Dock workers downed tools in Mombasa on Monday.", "PROTEST")]
    [InlineData("French and Belgian investigators are working together to find those behind the bombing of the embassy.", "COOPERATE")]
    [InlineData("Canada formally recognised Kosovo on Tuesday.", "SUPPORT")]
    [InlineData("Norway pledged $20 million on Monday to help Syrian refugees in Jordan.", "AID")]
    [InlineData("Rights groups called on the government to account for activists who vanished after being seized by soldiers.", "DEMAND")]
    public void Wire_style_wordings_find_their_category(string text, string category) =>
        Assert.Equal(category, First(text).Category);

    [Fact]
    public void A_passive_agent_ends_before_a_clause_of_time()
    {
        var (category, source, target) = First("The mayor was shot dead by a gunman as he left his office.");
        Assert.Equal(("ASSAULT", "gunman", "mayor"), (category, source, target));
    }

    [Fact]
    public void The_capture_of_a_place_from_a_side_by_another_fights_the_first()
    {
        var (category, source, target) = First("The capture of Jalalabad from the Taliban by opposition forces on Sunday was confirmed by officials.");
        Assert.Equal(("FIGHT", "opposition forces", "Taliban"), (category, source, target));
    }

    [Theory]
    [InlineData("Kurdish troops crossed into northern Syria to hunt Islamic State fighters.", "Kurdish troops", "Islamic State")]
    [InlineData("Government forces drove the rebels out of the town on Sunday.", "Government forces", "rebels")]
    public void Forces_sent_to_hunt_or_drive_out_a_side_fight_it(string text, string source, string target)
    {
        var (category, coded, codedTarget) = First(text);
        Assert.Equal(("FIGHT", source), (category, coded));
        Assert.Contains(target, codedTarget);
    }

    [Fact]
    public void An_unnamed_subject_fighting_the_only_named_actor_is_still_the_source()
    {
        var (category, source, target) = First("Leftist guerrillas battled government troops in the hills of Morazan for a second day.");
        Assert.Equal(("FIGHT", "Leftist guerrillas", "government troops"), (category, source, target));
    }

    [Fact]
    public void Whom_fire_was_opened_on_is_the_target_without_the_words_of_firing()
    {
        var (category, source, target) = First("Gunmen opened fire on worshippers leaving a mosque in Kano on Friday, killing four, police said.");
        Assert.Equal(("ASSAULT", "Gunmen", "worshippers"), (category, source, target));
    }
}
