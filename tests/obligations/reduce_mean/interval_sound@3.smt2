; torchsmt obligation reduce_mean.interval_sound@3 (lemma, op reduce_mean, interval_sound)
; l <= x <= u -> lo <= f(x) <= hi at shapes ((3,),) (on the op's domain)
(set-info :source |torchsmt lemma reduce_mean.interval_sound@3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun l0_0 () Real)
(declare-fun u0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun l0_1 () Real)
(declare-fun u0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun l0_2 () Real)
(declare-fun u0_2 () Real)
(declare-fun -inf! () Real)
(assert
 (<= l0_0 x0_0))
(assert
 (<= x0_0 u0_0))
(assert
 (<= l0_1 x0_1))
(assert
 (<= x0_1 u0_1))
(assert
 (<= l0_2 x0_2))
(assert
 (<= x0_2 u0_2))
(assert
 (let ((?x25 (* (+ x0_0 x0_1 x0_2) (/ 1.0 3.0))))
(let ((?x40 (+ (ite (and (distinct l0_0 l0_0) true) -inf! l0_0) (ite (and (distinct l0_1 l0_1) true) -inf! l0_1) (ite (and (distinct l0_2 l0_2) true) -inf! l0_2))))
(let ((?x41 (* ?x40 (/ 1.0 3.0))))
(let (($x46 (or (= ?x41 -inf!) (<= ?x41 ?x25))))
(not $x46))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun l0_0 () Real)
(declare-fun u0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun l0_1 () Real)
(declare-fun u0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun l0_2 () Real)
(declare-fun u0_2 () Real)
(declare-fun +inf! () Real)
(assert
 (<= l0_0 x0_0))
(assert
 (<= x0_0 u0_0))
(assert
 (<= l0_1 x0_1))
(assert
 (<= x0_1 u0_1))
(assert
 (<= l0_2 x0_2))
(assert
 (<= x0_2 u0_2))
(assert
 (let ((?x42 (+ (ite (and (distinct u0_0 u0_0) true) +inf! u0_0) (ite (and (distinct u0_1 u0_1) true) +inf! u0_1) (ite (and (distinct u0_2 u0_2) true) +inf! u0_2))))
(let ((?x43 (* ?x42 (/ 1.0 3.0))))
(let ((?x25 (* (+ x0_0 x0_1 x0_2) (/ 1.0 3.0))))
(let (($x49 (or (= ?x43 +inf!) (<= ?x25 ?x43))))
(not $x49))))))
(check-sat)
