import AnxinCore
import ArgumentParser

/// Parses a domain word given on the command line (English token or Chinese label), or fails with the choices.
func parseTerm<T: Term>(_ text: String, _ option: String) throws -> T {
    guard let value = T(token: text) else {
        throw ValidationError("\(option): \"\(text)\" is not one of: \(T.choices)")
    }
    return value
}

func parseDay(_ text: String, _ option: String) throws -> Day {
    guard let day = Day(text) else {
        throw ValidationError("\(option): \"\(text)\" is not a valid date; write YYYY-MM-DD, e.g. 2024-04-15")
    }
    return day
}

func parseCode(_ text: String, _ option: String) throws -> CreditCode {
    do {
        return try CreditCode(validating: text)
    } catch {
        throw ValidationError("\(option): \(error.message.en) / \(error.message.zh)")
    }
}
