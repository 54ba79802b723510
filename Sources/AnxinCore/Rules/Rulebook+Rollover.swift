/// Guards for carrying an enterprise into the next campaign year (seed §一: 年年进位，年年升级).
extension Rulebook {
    func refusalToCarry(_ record: EnterpriseRecord, into year: Int, by office: String) -> Refusal? {
        if office != config.cityOffice {
            return Refusal(Catalog.rolloverCityOfficeOnly(office: office, cityOffice: config.cityOffice))
        }
        // Recording, the carry is into the campaign's own year; replaying the journal (`anxin check`, after later
        // rollovers), any year up to it.
        if today != nil ? year != config.year : year > config.year {
            return Refusal(Catalog.carryWrongYear(year, campaignYear: config.year))
        }
        if let carried = record.carriedInto, carried >= year {
            return Refusal(Catalog.alreadyCarried(record.profile.name, year: carried))
        }
        return nil
    }
}
