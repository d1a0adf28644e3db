//! The Rust contender: memmap2 maps the table, zerocopy checks the bytes once and gives a `&[Trade]`; the loops are the
//! ones a Rust user writes (iterators for the scans, bounds-checked indexing for the random reads).
//! usage: peer TABLE INDICES RECORDS_OFFSET COUNT REPS

use memmap2::Mmap;
use std::fs::File;
use std::time::Instant;
use zerocopy::{FromBytes, LayoutVerified};

#[derive(FromBytes, Clone, Copy)]
#[repr(C)]
struct Trade {
    id: i64,
    timestamp: i64,
    price: f64,
    quantity: i64,
}

fn fail(message: String) -> ! {
    eprintln!("{}", message);
    std::process::exit(1);
}

fn scan_price(records: &[Trade]) -> f64 {
    records.iter().fold(0.0, |sum, r| sum + r.price)
}

fn scan_quantity(records: &[Trade]) -> i64 {
    records.iter().fold(0i64, |sum, r| sum.wrapping_add(r.quantity))
}

fn random_price(records: &[Trade], indices: &[u64]) -> f64 {
    indices.iter().fold(0.0, |sum, &i| sum + records[i as usize].price)
}

fn read_indices(path: &str, count: u64) -> Vec<u64> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| fail(format!("cannot read '{}': {}", path, e)));
    if bytes.is_empty() || bytes.len() % 8 != 0 {
        fail(format!("'{}' is {} bytes: not an array of int64", path, bytes.len()));
    }
    let indices: Vec<u64> = bytes.chunks_exact(8).map(|c| u64::from_le_bytes(c.try_into().unwrap())).collect();
    if let Some(bad) = indices.iter().find(|&&i| i >= count) {
        fail(format!("'{}': index {} outside {} records", path, bad, count));
    }
    indices
}

fn print_mapping(path: &str) {
    let full = std::fs::canonicalize(path).unwrap_or_else(|e| fail(format!("cannot resolve '{}': {}", path, e)));
    let full = full.to_string_lossy();
    let smaps = match std::fs::read_to_string("/proc/self/smaps") {
        Ok(text) => text,
        Err(_) => {
            println!("mapping rust n/a n/a 0");
            return;
        }
    };
    let (mut in_file, mut vmas, mut pmd, mut rss) = (false, 0, 0u64, 0u64);
    for line in smaps.lines() {
        let first = line.split(' ').next().unwrap_or("");
        if first.contains('-') && !first.ends_with(':') {
            in_file = line.ends_with(&*full);
            vmas += in_file as u32;
        } else if in_file {
            let mut words = line.split_whitespace();
            let (name, value) = (words.next(), words.next().and_then(|v| v.parse::<u64>().ok()));
            match (name, value) {
                (Some("FilePmdMapped:"), Some(v)) => pmd += v,
                (Some("Rss:"), Some(v)) => rss += v,
                _ => {}
            }
        }
    }
    println!("mapping rust {} {} {}", pmd, rss, vmas);
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 6 {
        fail(format!("usage: {} TABLE INDICES RECORDS_OFFSET COUNT REPS", args[0]));
    }
    let (path, offset, count, reps): (&str, usize, u64, usize) = (
        &args[1],
        args[3].parse().unwrap_or_else(|_| fail("RECORDS_OFFSET is a number".into())),
        args[4].parse().unwrap_or_else(|_| fail("COUNT is a number".into())),
        args[5].parse().unwrap_or_else(|_| fail("REPS is a number".into())),
    );
    let indices = read_indices(&args[2], count);
    let file = File::open(path).unwrap_or_else(|e| fail(format!("cannot open '{}': {}", path, e)));
    // Safety: the table is not truncated while this process runs (the script's files are its own).
    let map = unsafe { Mmap::map(&file) }.unwrap_or_else(|e| fail(format!("cannot map '{}': {}", path, e)));
    let header_offset = u64::from_le_bytes(map[32..40].try_into().unwrap());
    if header_offset != offset as u64 {
        fail(format!("'{}': header says records start at {}, the script said {}", path, header_offset, offset));
    }
    let end = offset + count as usize * 32;
    if end > map.len() {
        fail(format!("'{}': {} bytes cannot hold {} records at offset {}", path, map.len(), count, offset));
    }
    let records: &[Trade] = LayoutVerified::<_, [Trade]>::new_slice(&map[offset..end])
        .unwrap_or_else(|| fail(format!("'{}': records are not 8-byte aligned", path)))
        .into_slice();

    let start = Instant::now();
    let touched: i64 = records.iter().step_by(4096 / 32).map(|r| r.id).sum();
    println!("touch rust {:.6} {}", start.elapsed().as_secs_f64(), touched);
    for rep in 0..reps {
        let start = Instant::now();
        let price = scan_price(records);
        println!("result rust scan_price {} {:.9} {:.4}", rep, start.elapsed().as_secs_f64(), price);
        let start = Instant::now();
        let quantity = scan_quantity(records);
        println!("result rust scan_quantity {} {:.9} {}", rep, start.elapsed().as_secs_f64(), quantity);
        let start = Instant::now();
        let random = random_price(records, &indices);
        println!("result rust random_price {} {:.9} {:.4}", rep, start.elapsed().as_secs_f64(), random);
    }
    print_mapping(path);
}
