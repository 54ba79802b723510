/// Guards for carrying an enterprise into the next campaign year (seed §一: 年年进位，年年升级).
extension Rulebook {
    func refusalToCarry(_ record: EnterpriseRecord, into year: Int, by office: String) -> Refusal? {
        if office != config.cityOffice {
            return Refusal(Catalog.rolloverCityOfficeOnly(office: office, cityOffice: config.cityOffice))
        }
        if year != config.year {
            return Refusal(Catalog.carryWrongYear(year, campaignYear: config.year))
        }
        if let carried = record.carriedInto, carried >= year {
            return Refusal(Catalog.alreadyCarried(record.profile.name, year: carried))
        }
        return nil
    }
}
