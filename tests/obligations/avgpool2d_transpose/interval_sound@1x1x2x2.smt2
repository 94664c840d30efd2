; torchsmt obligation avgpool2d_transpose.interval_sound@1x1x2x2 (lemma, op avgpool2d_transpose, interval_sound)
; l <= x <= u -> lo <= f(x) <= hi at shapes ((1, 1, 2, 2),) (on the op's domain)
(set-info :source |torchsmt lemma avgpool2d_transpose.interval_sound@1x1x2x2 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (let ((?x29 (* x0_0_0_0_0 (/ 1.0 4.0))))
(let ((?x34 (+ ?x29 0.0 0.0 0.0)))
(let ((?x61 (* (ite (and (distinct l0_0_0_0_0 l0_0_0_0_0) true) -inf! l0_0_0_0_0) (/ 1.0 4.0))))
(let ((?x65 (+ ?x61 0.0 0.0 0.0)))
(let (($x89 (or (= ?x65 -inf!) (<= ?x65 ?x34))))
(not $x89)))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (let ((?x74 (* (ite (and (distinct u0_0_0_0_0 u0_0_0_0_0) true) +inf! u0_0_0_0_0) (/ 1.0 4.0))))
(let ((?x78 (+ ?x74 0.0 0.0 0.0)))
(let ((?x29 (* x0_0_0_0_0 (/ 1.0 4.0))))
(let ((?x34 (+ ?x29 0.0 0.0 0.0)))
(let (($x92 (or (= ?x78 +inf!) (<= ?x34 ?x78))))
(not $x92)))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (let ((?x30 (* x0_0_0_0_1 (/ 1.0 4.0))))
(let ((?x29 (* x0_0_0_0_0 (/ 1.0 4.0))))
(let ((?x35 (+ ?x29 ?x30 0.0 0.0)))
(let ((?x62 (* (ite (and (distinct l0_0_0_0_1 l0_0_0_0_1) true) -inf! l0_0_0_0_1) (/ 1.0 4.0))))
(let ((?x61 (* (ite (and (distinct l0_0_0_0_0 l0_0_0_0_0) true) -inf! l0_0_0_0_0) (/ 1.0 4.0))))
(let ((?x66 (+ ?x61 ?x62 0.0 0.0)))
(let (($x95 (or (= ?x66 -inf!) (<= ?x66 ?x35))))
(not $x95)))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (let ((?x75 (* (ite (and (distinct u0_0_0_0_1 u0_0_0_0_1) true) +inf! u0_0_0_0_1) (/ 1.0 4.0))))
(let ((?x74 (* (ite (and (distinct u0_0_0_0_0 u0_0_0_0_0) true) +inf! u0_0_0_0_0) (/ 1.0 4.0))))
(let ((?x79 (+ ?x74 ?x75 0.0 0.0)))
(let ((?x30 (* x0_0_0_0_1 (/ 1.0 4.0))))
(let ((?x29 (* x0_0_0_0_0 (/ 1.0 4.0))))
(let ((?x35 (+ ?x29 ?x30 0.0 0.0)))
(let (($x98 (or (= ?x79 +inf!) (<= ?x35 ?x79))))
(not $x98)))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (let ((?x30 (* x0_0_0_0_1 (/ 1.0 4.0))))
(let ((?x36 (+ ?x30 0.0 0.0 0.0)))
(let ((?x62 (* (ite (and (distinct l0_0_0_0_1 l0_0_0_0_1) true) -inf! l0_0_0_0_1) (/ 1.0 4.0))))
(let ((?x67 (+ ?x62 0.0 0.0 0.0)))
(let (($x101 (or (= ?x67 -inf!) (<= ?x67 ?x36))))
(not $x101)))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (let ((?x75 (* (ite (and (distinct u0_0_0_0_1 u0_0_0_0_1) true) +inf! u0_0_0_0_1) (/ 1.0 4.0))))
(let ((?x80 (+ ?x75 0.0 0.0 0.0)))
(let ((?x30 (* x0_0_0_0_1 (/ 1.0 4.0))))
(let ((?x36 (+ ?x30 0.0 0.0 0.0)))
(let (($x104 (or (= ?x80 +inf!) (<= ?x36 ?x80))))
(not $x104)))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (let ((?x31 (* x0_0_0_1_0 (/ 1.0 4.0))))
(let ((?x29 (* x0_0_0_0_0 (/ 1.0 4.0))))
(let ((?x37 (+ ?x29 ?x31 0.0 0.0)))
(let ((?x63 (* (ite (and (distinct l0_0_0_1_0 l0_0_0_1_0) true) -inf! l0_0_0_1_0) (/ 1.0 4.0))))
(let ((?x61 (* (ite (and (distinct l0_0_0_0_0 l0_0_0_0_0) true) -inf! l0_0_0_0_0) (/ 1.0 4.0))))
(let ((?x68 (+ ?x61 ?x63 0.0 0.0)))
(let (($x107 (or (= ?x68 -inf!) (<= ?x68 ?x37))))
(not $x107)))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (let ((?x76 (* (ite (and (distinct u0_0_0_1_0 u0_0_0_1_0) true) +inf! u0_0_0_1_0) (/ 1.0 4.0))))
(let ((?x74 (* (ite (and (distinct u0_0_0_0_0 u0_0_0_0_0) true) +inf! u0_0_0_0_0) (/ 1.0 4.0))))
(let ((?x81 (+ ?x74 ?x76 0.0 0.0)))
(let ((?x31 (* x0_0_0_1_0 (/ 1.0 4.0))))
(let ((?x29 (* x0_0_0_0_0 (/ 1.0 4.0))))
(let ((?x37 (+ ?x29 ?x31 0.0 0.0)))
(let (($x110 (or (= ?x81 +inf!) (<= ?x37 ?x81))))
(not $x110)))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (let ((?x32 (* x0_0_0_1_1 (/ 1.0 4.0))))
(let ((?x31 (* x0_0_0_1_0 (/ 1.0 4.0))))
(let ((?x30 (* x0_0_0_0_1 (/ 1.0 4.0))))
(let ((?x29 (* x0_0_0_0_0 (/ 1.0 4.0))))
(let ((?x38 (+ ?x29 ?x30 ?x31 ?x32)))
(let ((?x64 (* (ite (and (distinct l0_0_0_1_1 l0_0_0_1_1) true) -inf! l0_0_0_1_1) (/ 1.0 4.0))))
(let ((?x63 (* (ite (and (distinct l0_0_0_1_0 l0_0_0_1_0) true) -inf! l0_0_0_1_0) (/ 1.0 4.0))))
(let ((?x62 (* (ite (and (distinct l0_0_0_0_1 l0_0_0_0_1) true) -inf! l0_0_0_0_1) (/ 1.0 4.0))))
(let ((?x61 (* (ite (and (distinct l0_0_0_0_0 l0_0_0_0_0) true) -inf! l0_0_0_0_0) (/ 1.0 4.0))))
(let ((?x69 (+ ?x61 ?x62 ?x63 ?x64)))
(let (($x113 (or (= ?x69 -inf!) (<= ?x69 ?x38))))
(not $x113)))))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (let ((?x77 (* (ite (and (distinct u0_0_0_1_1 u0_0_0_1_1) true) +inf! u0_0_0_1_1) (/ 1.0 4.0))))
(let ((?x76 (* (ite (and (distinct u0_0_0_1_0 u0_0_0_1_0) true) +inf! u0_0_0_1_0) (/ 1.0 4.0))))
(let ((?x75 (* (ite (and (distinct u0_0_0_0_1 u0_0_0_0_1) true) +inf! u0_0_0_0_1) (/ 1.0 4.0))))
(let ((?x74 (* (ite (and (distinct u0_0_0_0_0 u0_0_0_0_0) true) +inf! u0_0_0_0_0) (/ 1.0 4.0))))
(let ((?x82 (+ ?x74 ?x75 ?x76 ?x77)))
(let ((?x32 (* x0_0_0_1_1 (/ 1.0 4.0))))
(let ((?x31 (* x0_0_0_1_0 (/ 1.0 4.0))))
(let ((?x30 (* x0_0_0_0_1 (/ 1.0 4.0))))
(let ((?x29 (* x0_0_0_0_0 (/ 1.0 4.0))))
(let ((?x38 (+ ?x29 ?x30 ?x31 ?x32)))
(let (($x116 (or (= ?x82 +inf!) (<= ?x38 ?x82))))
(not $x116)))))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (let ((?x32 (* x0_0_0_1_1 (/ 1.0 4.0))))
(let ((?x30 (* x0_0_0_0_1 (/ 1.0 4.0))))
(let ((?x39 (+ ?x30 ?x32 0.0 0.0)))
(let ((?x64 (* (ite (and (distinct l0_0_0_1_1 l0_0_0_1_1) true) -inf! l0_0_0_1_1) (/ 1.0 4.0))))
(let ((?x62 (* (ite (and (distinct l0_0_0_0_1 l0_0_0_0_1) true) -inf! l0_0_0_0_1) (/ 1.0 4.0))))
(let ((?x70 (+ ?x62 ?x64 0.0 0.0)))
(let (($x119 (or (= ?x70 -inf!) (<= ?x70 ?x39))))
(not $x119)))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (let ((?x77 (* (ite (and (distinct u0_0_0_1_1 u0_0_0_1_1) true) +inf! u0_0_0_1_1) (/ 1.0 4.0))))
(let ((?x75 (* (ite (and (distinct u0_0_0_0_1 u0_0_0_0_1) true) +inf! u0_0_0_0_1) (/ 1.0 4.0))))
(let ((?x83 (+ ?x75 ?x77 0.0 0.0)))
(let ((?x32 (* x0_0_0_1_1 (/ 1.0 4.0))))
(let ((?x30 (* x0_0_0_0_1 (/ 1.0 4.0))))
(let ((?x39 (+ ?x30 ?x32 0.0 0.0)))
(let (($x122 (or (= ?x83 +inf!) (<= ?x39 ?x83))))
(not $x122)))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (let ((?x31 (* x0_0_0_1_0 (/ 1.0 4.0))))
(let ((?x40 (+ ?x31 0.0 0.0 0.0)))
(let ((?x63 (* (ite (and (distinct l0_0_0_1_0 l0_0_0_1_0) true) -inf! l0_0_0_1_0) (/ 1.0 4.0))))
(let ((?x71 (+ ?x63 0.0 0.0 0.0)))
(let (($x125 (or (= ?x71 -inf!) (<= ?x71 ?x40))))
(not $x125)))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (let ((?x76 (* (ite (and (distinct u0_0_0_1_0 u0_0_0_1_0) true) +inf! u0_0_0_1_0) (/ 1.0 4.0))))
(let ((?x84 (+ ?x76 0.0 0.0 0.0)))
(let ((?x31 (* x0_0_0_1_0 (/ 1.0 4.0))))
(let ((?x40 (+ ?x31 0.0 0.0 0.0)))
(let (($x128 (or (= ?x84 +inf!) (<= ?x40 ?x84))))
(not $x128)))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (let ((?x32 (* x0_0_0_1_1 (/ 1.0 4.0))))
(let ((?x31 (* x0_0_0_1_0 (/ 1.0 4.0))))
(let ((?x41 (+ ?x31 ?x32 0.0 0.0)))
(let ((?x64 (* (ite (and (distinct l0_0_0_1_1 l0_0_0_1_1) true) -inf! l0_0_0_1_1) (/ 1.0 4.0))))
(let ((?x63 (* (ite (and (distinct l0_0_0_1_0 l0_0_0_1_0) true) -inf! l0_0_0_1_0) (/ 1.0 4.0))))
(let ((?x72 (+ ?x63 ?x64 0.0 0.0)))
(let (($x131 (or (= ?x72 -inf!) (<= ?x72 ?x41))))
(not $x131)))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (let ((?x77 (* (ite (and (distinct u0_0_0_1_1 u0_0_0_1_1) true) +inf! u0_0_0_1_1) (/ 1.0 4.0))))
(let ((?x76 (* (ite (and (distinct u0_0_0_1_0 u0_0_0_1_0) true) +inf! u0_0_0_1_0) (/ 1.0 4.0))))
(let ((?x85 (+ ?x76 ?x77 0.0 0.0)))
(let ((?x32 (* x0_0_0_1_1 (/ 1.0 4.0))))
(let ((?x31 (* x0_0_0_1_0 (/ 1.0 4.0))))
(let ((?x41 (+ ?x31 ?x32 0.0 0.0)))
(let (($x134 (or (= ?x85 +inf!) (<= ?x41 ?x85))))
(not $x134)))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (let ((?x32 (* x0_0_0_1_1 (/ 1.0 4.0))))
(let ((?x42 (+ ?x32 0.0 0.0 0.0)))
(let ((?x64 (* (ite (and (distinct l0_0_0_1_1 l0_0_0_1_1) true) -inf! l0_0_0_1_1) (/ 1.0 4.0))))
(let ((?x73 (+ ?x64 0.0 0.0 0.0)))
(let (($x137 (or (= ?x73 -inf!) (<= ?x73 ?x42))))
(not $x137)))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun l0_0_0_0_0 () Real)
(declare-fun u0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun l0_0_0_0_1 () Real)
(declare-fun u0_0_0_0_1 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun l0_0_0_1_0 () Real)
(declare-fun u0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun l0_0_0_1_1 () Real)
(declare-fun u0_0_0_1_1 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0_0_0_0 x0_0_0_0_0))
(assert
 (<= x0_0_0_0_0 u0_0_0_0_0))
(assert
 (<= l0_0_0_0_1 x0_0_0_0_1))
(assert
 (<= x0_0_0_0_1 u0_0_0_0_1))
(assert
 (<= l0_0_0_1_0 x0_0_0_1_0))
(assert
 (<= x0_0_0_1_0 u0_0_0_1_0))
(assert
 (<= l0_0_0_1_1 x0_0_0_1_1))
(assert
 (<= x0_0_0_1_1 u0_0_0_1_1))
(assert
 (let ((?x77 (* (ite (and (distinct u0_0_0_1_1 u0_0_0_1_1) true) +inf! u0_0_0_1_1) (/ 1.0 4.0))))
(let ((?x86 (+ ?x77 0.0 0.0 0.0)))
(let ((?x32 (* x0_0_0_1_1 (/ 1.0 4.0))))
(let ((?x42 (+ ?x32 0.0 0.0 0.0)))
(let (($x140 (or (= ?x86 +inf!) (<= ?x42 ?x86))))
(not $x140)))))))
(check-sat)
